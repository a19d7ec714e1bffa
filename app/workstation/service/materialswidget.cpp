#include "service/materialswidget.h"

#include "calendar/workcalendar.h"
#include "common/messages.h"
#include "common/workspace.h"
#include "security/permissions.h"
#include "service/materialdialog.h"
#include "service/sendmaterialdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

constexpr int kIndexRole = Qt::UserRole;

MaterialsWidget::Confirm& confirmer()
{
    static MaterialsWidget::Confirm c;
    return c;
}

void shortcut(QWidget* parent, const QKeySequence& key, const std::function<void()>& run)
{
    auto* s = new QShortcut(key, parent);
    s->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(s, &QShortcut::activated, parent, run);
}

QPushButton* button(QWidget* parent, const QString& text, const QString& name)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

void MaterialsWidget::setConfirm(Confirm c)
{
    confirmer() = std::move(c);
}

MaterialsWidget::MaterialsWidget(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_ws(workspace),
      m_library(std::make_unique<materials::MaterialLibrary>(
          *workspace.db, materials::MaterialLibrary::folderFor(workspace.db->path()), *workspace.clock, *workspace.ids))
{
    setObjectName(QStringLiteral("materialsWidget"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("materialKindFilterComboBox"));
    m_kind->addItem(tr("All kinds"), QString());
    for (materials::Kind k : materials::kAllKinds) {
        m_kind->addItem(materials::displayName(k), materials::key(k));
    }
    auto* kindLabel = new QLabel(tr("Ki&nd:"), this);
    kindLabel->setBuddy(m_kind);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("materialSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search title, version, file name, note (Ctrl+E)"));
    m_search->setClearButtonEnabled(true);
    m_archived = new QCheckBox(tr("Show arch&ived"), this);
    m_archived->setObjectName(QStringLiteral("showArchivedCheckBox"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MaterialsWidget::reload);
    connect(m_search, &QLineEdit::textChanged, this, &MaterialsWidget::reload);
    connect(m_archived, &QCheckBox::toggled, this, &MaterialsWidget::reload);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("materialsTreeWidget"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels(
        {tr("Title"), tr("Kind"), tr("Version"), tr("File or link"), tr("Size"), tr("Added"), tr("Check")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(Source, QHeaderView::Interactive);
    m_list->setColumnWidth(Source, 240);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &MaterialsWidget::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &MaterialsWidget::sendSelected);

    m_send = button(this, tr("Send to &taxpayer… (Ctrl+Shift+M)"), QStringLiteral("sendMaterialButton"));
    m_addFile = button(this, tr("Add &file… (Ins)"), QStringLiteral("addMaterialFileButton"));
    m_addLink = button(this, tr("Add &link…"), QStringLiteral("addMaterialLinkButton"));
    m_replace = button(this, tr("&Replace…"), QStringLiteral("replaceMaterialButton"));
    m_archive = button(this, tr("Ar&chive (Del)"), QStringLiteral("archiveMaterialButton"));
    m_verify = button(this, tr("Chec&k files"), QStringLiteral("verifyMaterialsButton"));
    connect(m_send, &QPushButton::clicked, this, &MaterialsWidget::sendSelected);
    connect(m_addFile, &QPushButton::clicked, this, &MaterialsWidget::addFile);
    connect(m_addLink, &QPushButton::clicked, this, &MaterialsWidget::addLink);
    connect(m_replace, &QPushButton::clicked, this, &MaterialsWidget::replaceSelected);
    connect(m_archive, &QPushButton::clicked, this, &MaterialsWidget::archiveSelected);
    connect(m_verify, &QPushButton::clicked, this, &MaterialsWidget::verifyAll);
    shortcut(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), [this] { sendSelected(); });
    shortcut(this, QKeySequence(Qt::Key_Insert), [this] { addFile(); });
    shortcut(this, QKeySequence(QKeySequence::Delete), [this] { archiveSelected(); });
    // Ctrl+E: Ctrl+F is the main window's work-order search.
    shortcut(this, QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("materialsStatusLabel"));
    m_status->setWordWrap(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_archived);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_send);
    buttons->addStretch(1);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_addFile);
    buttons->addWidget(m_addLink);
    buttons->addWidget(m_replace);
    buttons->addWidget(m_archive);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    reload();
}

MaterialsWidget::~MaterialsWidget() = default;

void MaterialsWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

bool MaterialsWidget::manager() const
{
    return security::roleHas(m_ws.currentOperator.role, security::Permission::ManageMaterials);
}

void MaterialsWidget::reload()
{
    materials::MaterialFilter filter;
    filter.kind = materials::kindFromKey(m_kind->currentData().toString());
    filter.search = m_search->text();
    filter.includeArchived = m_archived->isChecked();
    auto listed = m_library->list(filter);
    const QString current = selected() ? selected()->id : QString();
    m_materials = listed.value_or({});
    const QSignalBlocker block(m_list);
    m_list->setSortingEnabled(false);
    m_list->clear();
    const QLocale c = QLocale::c();
    QTreeWidgetItem* keep = nullptr;
    for (qsizetype i = 0; i < m_materials.size(); ++i) {
        const materials::Material& m = m_materials.at(i);
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(Title, m.archived ? tr("%1 (archived)").arg(m.title) : m.title);
        item->setText(Kind, materials::displayName(m.kind));
        item->setText(Version, m.releaseVersion);
        item->setText(Source, m.isFile() ? m.fileName : m.url);
        item->setToolTip(Source, m.isFile() ? QStringLiteral("SHA-256 %1").arg(m.sha256) : m.url);
        if (m.sizeBytes >= 0) {
            item->setText(Size, c.formattedDataSize(m.sizeBytes, 1, QLocale::DataSizeTraditionalFormat));
            item->setData(Size, Qt::UserRole + 1, m.sizeBytes);
        }
        item->setText(Added, m.createdAt.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd")));
        if (const auto it = m_checks.constFind(m.id); it != m_checks.cend()) {
            switch (it->integrity) {
            case materials::Integrity::Ok:
                item->setText(Check, tr("✔ unchanged"));
                item->setForeground(Check, QColor(0x1a, 0x7f, 0x37));
                break;
            case materials::Integrity::Link:
                item->setText(Check, tr("link"));
                break;
            case materials::Integrity::Missing:
            case materials::Integrity::Changed:
                item->setText(Check,
                              it->integrity == materials::Integrity::Missing ? tr("✘ missing") : tr("✘ changed"));
                item->setToolTip(Check, it->message);
                for (int col = 0; col < ColumnCount; ++col) {
                    item->setForeground(col, QColor(0xb0, 0x00, 0x20));
                }
                break;
            }
        }
        if (m.archived) {
            for (int col = 0; col < ColumnCount; ++col) {
                item->setForeground(col, Qt::gray);
            }
        }
        item->setData(0, kIndexRole, static_cast<int>(i));
        if (m.id == current) {
            keep = item;
        }
    }
    m_list->setSortingEnabled(true);
    if (keep != nullptr) {
        m_list->setCurrentItem(keep);
    }
    if (!listed) {
        m_status->setText(listed.error().message);
    } else if (m_checks.isEmpty()) {
        m_status->setText(tr("%n material(s)", nullptr, static_cast<int>(m_materials.size())));
    }
    updateButtons();
}

std::optional<materials::Material> MaterialsWidget::selected() const
{
    QTreeWidgetItem* item = m_list->currentItem();
    if (item == nullptr) {
        return std::nullopt;
    }
    return m_materials.value(item->data(0, kIndexRole).toInt());
}

void MaterialsWidget::updateButtons()
{
    const bool manager = this->manager();
    for (QPushButton* b : {m_addFile, m_addLink, m_replace, m_archive}) {
        b->setVisible(manager);
    }
    const auto m = selected();
    const bool usable = m && !m->archived;
    m_send->setEnabled(usable);
    m_replace->setEnabled(usable);
    m_archive->setEnabled(usable);
}

void MaterialsWidget::addFile()
{
    if (manager()) {
        openDialog(nullptr, false);
    }
}

void MaterialsWidget::addLink()
{
    if (manager()) {
        openDialog(nullptr, true);
    }
}

void MaterialsWidget::replaceSelected()
{
    if (const auto m = selected(); m && !m->archived && manager()) {
        openDialog(&*m, false);
    }
}

void MaterialsWidget::openDialog(const materials::Material* replacing, bool link)
{
    auto* dialog = new MaterialDialog(m_ws, *m_library, replacing, link, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit dataChanged();
    });
    dialog->open();
}

void MaterialsWidget::archiveSelected()
{
    const auto m = selected();
    if (!m || m->archived || !manager()) {
        return;
    }
    const QString question =
        tr("Archive \"%1\"? It stays in the records of past sends but can no longer be sent.").arg(m->title);
    const bool yes = confirmer() ? confirmer()(this, question)
                                 : QMessageBox::question(this, tr("Archive material"), question) == QMessageBox::Yes;
    if (!yes) {
        return;
    }
    if (Outcome done = m_library->archive(m->id, m_ws.currentOperator); !done) {
        Messages::show(this, Messages::Kind::Warning, tr("Archive material"), done.error().message);
    }
    reload();
    emit dataChanged();
}

void MaterialsWidget::verifyAll()
{
    auto checked = m_library->verifyAll();
    if (!checked) {
        m_status->setText(checked.error().message);
        return;
    }
    m_checks.clear();
    QStringList problems;
    int files = 0;
    for (const materials::VerifyResult& r : checked.value()) {
        m_checks.insert(r.materialId, r);
        files += r.integrity == materials::Integrity::Link ? 0 : 1;
        if (r.integrity == materials::Integrity::Missing || r.integrity == materials::Integrity::Changed) {
            problems << r.message;
        }
    }
    reload();
    m_status->setText(problems.isEmpty()
                          ? tr("✔ All %n file(s) are present and unchanged.", nullptr, files)
                          : tr("✘ %n file(s) need attention:", nullptr, static_cast<int>(problems.size())) +
                                QLatin1Char(' ') + problems.join(QLatin1Char(' ')));
    m_status->setStyleSheet(problems.isEmpty() ? QStringLiteral("color: #1a7f37;") : QStringLiteral("color: #b00020;"));
}

void MaterialsWidget::sendSelected()
{
    const auto m = selected();
    if (!m || m->archived) {
        return;
    }
    auto* dialog = new SendMaterialDialog(m_ws, *m_library, m->id, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SendMaterialDialog::recorded, this, &MaterialsWidget::dataChanged);
    dialog->open();
}

} // namespace hotline::ui
