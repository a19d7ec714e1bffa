#include "knowledge/kbexchangeactions.h"

#include "common/messages.h"
#include "common/workspace.h"
#include "knowledge/kbexport.h"
#include "knowledge/kbimport.h"
#include "security/permissions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QProgressDialog>
#include <QThread>

namespace hotline::ui {
namespace {

QStringList& queuedAnswers()
{
    static QStringList answers;
    return answers;
}

struct Outcome {
    bool ok = false;
    QString message;
};

} // namespace

bool FileChooser::takeAnswer(QString* answer)
{
    if (queuedAnswers().isEmpty()) {
        return false;
    }
    *answer = queuedAnswers().takeFirst();
    return true;
}

void FileChooser::setNextAnswers(const QStringList& answers)
{
    queuedAnswers() = answers;
}

QString FileChooser::saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    QString answer;
    return takeAnswer(&answer) ? answer : QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString FileChooser::openFile(QWidget* parent, const QString& title, const QString& filter)
{
    QString answer;
    return takeAnswer(&answer) ? answer : QFileDialog::getOpenFileName(parent, title, QDir::homePath(), filter);
}

QString FileChooser::folder(QWidget* parent, const QString& title)
{
    QString answer;
    return takeAnswer(&answer) ? answer : QFileDialog::getExistingDirectory(parent, title, QDir::homePath());
}

KbExchangeActions::KbExchangeActions(Workspace& workspace, QWidget* pane)
    : QObject(pane), m_ws(workspace), m_pane(pane), m_button(new QPushButton(pane))
{
    m_button->setObjectName(QStringLiteral("kbExchangePushButton"));
    m_button->setText(tr("Import / export"));
    m_button->setToolTip(tr("Export the whole knowledge base to a JSON file or a folder of Markdown files, or import "
                            "one"));
    auto* menu = new QMenu(m_button);
    m_exportJson = menu->addAction(tr("Export as &JSON…"), this, &KbExchangeActions::exportJson);
    m_exportJson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_exportMarkdown = menu->addAction(tr("Export as &Markdown folder…"), this, &KbExchangeActions::exportMarkdown);
    m_exportMarkdown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    menu->addSeparator();
    m_importFile = menu->addAction(tr("&Import JSON file…"), this, &KbExchangeActions::importFile);
    m_importFile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importFolder = menu->addAction(tr("Import Mar&kdown folder…"), this, &KbExchangeActions::importFolder);
    // Importing rewrites the knowledge base: only those who curate it see it (libcore checks again).
    const bool mayImport = security::roleHas(m_ws.currentOperator.role, security::Permission::ManageKnowledge);
    m_importFile->setVisible(mayImport);
    m_importFolder->setVisible(mayImport);
    m_importFile->setEnabled(mayImport);
    m_importFolder->setEnabled(mayImport);
    for (QAction* a : {m_exportJson, m_exportMarkdown, m_importFile, m_importFolder}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        pane->addAction(a);
    }
    m_button->setMenu(menu);
}

KbExchangeActions::~KbExchangeActions()
{
    // The worker reports to this object: it must end first (a cancel makes it stop at its next article).
    if (m_cancel) {
        m_cancel->store(true);
    }
    if (m_thread != nullptr) {
        m_thread->wait();
    }
}

void KbExchangeActions::exportJson()
{
    const QString suggested = QDir::home().filePath(
        tr("knowledge-base-%1.json").arg(m_ws.clock->now().date().toString(QStringLiteral("yyyyMMdd"))));
    const QString path =
        FileChooser::saveFile(m_pane, tr("Export the knowledge base as JSON"), suggested, tr("JSON files (*.json)"));
    if (!path.isEmpty()) {
        run(Job::ExportJson, path);
    }
}

void KbExchangeActions::exportMarkdown()
{
    QString path = FileChooser::folder(m_pane, tr("Export the knowledge base as Markdown files into a folder"));
    if (path.isEmpty()) {
        return;
    }
    // The export needs an empty folder: into a folder that holds something it goes in a new one of its own.
    const QDir chosen(path);
    if (!chosen.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        const QString base = tr("knowledge-base-%1").arg(m_ws.clock->now().date().toString(QStringLiteral("yyyyMMdd")));
        QString name = base;
        for (int n = 2; chosen.exists(name); ++n) {
            name = base + QStringLiteral("-%1").arg(n);
        }
        path = chosen.filePath(name);
    }
    run(Job::ExportMarkdown, path);
}

void KbExchangeActions::importFile()
{
    const QString path = FileChooser::openFile(m_pane, tr("Import a knowledge base"), tr("JSON files (*.json)"));
    if (!path.isEmpty()) {
        run(Job::Import, path);
    }
}

void KbExchangeActions::importFolder()
{
    const QString path = FileChooser::folder(m_pane, tr("Import a knowledge base from a Markdown folder"));
    if (!path.isEmpty()) {
        run(Job::Import, path);
    }
}

void KbExchangeActions::run(Job job, const QString& path)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_progress = new QProgressDialog(job == Job::Import ? tr("Importing the knowledge base…")
                                                        : tr("Exporting the knowledge base…"),
                                     tr("Cancel"), 0, 0, m_pane);
    m_progress->setObjectName(QStringLiteral("kbExchangeProgressDialog"));
    m_progress->setWindowTitle(tr("Knowledge base"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [cancel = m_cancel] { cancel->store(true); });

    auto result = std::make_shared<Outcome>();
    const QString store = m_ws.db->path();
    const security::Operator by = m_ws.currentOperator;
    const Clock* clock = m_ws.clock;
    IdGenerator* ids = m_ws.ids;
    const auto cancel = m_cancel;
    QThread* thread = QThread::create([this, job, path, store, by, clock, ids, cancel, result] {
        const knowledge::ExchangeProgress progress = [this, cancel](int done, int total) {
            const int step = std::max(1, total / 100);
            if (done == total || done % step == 0) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { this->progress(done, total); }, Qt::QueuedConnection);
            }
            return !cancel->load();
        };
        auto opened = db::Database::open(store);
        if (!opened) {
            result->message = opened.error().message;
            return;
        }
        db::Database& db = *opened.value();
        if (job == Job::Import) {
            auto r = knowledge::importKnowledgeSource(db, path, by, *ids, *clock, progress);
            result->ok = r.ok();
            result->message =
                r ? tr("Imported from %1: %2 new articles, %3 updated, %4 unchanged; %5 new policy documents, %6 new "
                       "categories.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(r->articles)
                        .arg(r->updated)
                        .arg(r->unchanged)
                        .arg(r->policies)
                        .arg(r->categories)
                  : r.error().message;
            return;
        }
        auto r = job == Job::ExportJson ? knowledge::exportKnowledgeJson(db, path, *clock, progress)
                                        : knowledge::exportKnowledgeMarkdown(db, path, progress);
        result->ok = r.ok();
        result->message = r ? tr("Exported %1 articles and %2 policy documents to %3.")
                                  .arg(r->articles)
                                  .arg(r->policies)
                                  .arg(QDir::toNativeSeparators(path))
                            : r.error().message;
    });
    m_thread = thread;
    thread->setObjectName(QStringLiteral("kbexchange"));
    connect(thread, &QThread::finished, this, [this, thread, result, job] {
        thread->deleteLater();
        done(result->ok, result->message, job);
    });
    thread->start();
}

void KbExchangeActions::progress(int done, int total)
{
    if (m_progress != nullptr) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    }
}

void KbExchangeActions::done(bool ok, const QString& message, Job job)
{
    m_running = false;
    m_thread = nullptr;
    delete m_progress; // now, not later: the next run makes a new one
    m_progress = nullptr;
    m_cancel.reset();
    const QString title = job == Job::Import ? tr("Import the knowledge base") : tr("Export the knowledge base");
    Messages::show(m_pane, ok ? Messages::Kind::Information : Messages::Kind::Error, title, message);
    if (ok && job == Job::Import) {
        emit imported();
    }
    emit finished(ok, message);
}

} // namespace hotline::ui
