#include "knowledge/articlehistorydialog.h"

#include "calendar/workcalendar.h"
#include "common/workspace.h"
#include "knowledge/articleservice.h"
#include "text/diff.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {
namespace {

QString beijingText(const QDateTime& t)
{
    return t.toTimeZone(calendar::beijingTime()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// What is compared: the title, the alternative phrasings and the body, as plain text lines.
QString comparable(const knowledge::ArticleVersion& v)
{
    QString text = v.title + QLatin1Char('\n');
    for (const QString& s : v.similar) {
        text += QStringLiteral("相似问：") + s + QLatin1Char('\n');
    }
    return text + QLatin1Char('\n') + knowledge::plainText(v.bodyHtml);
}

QString actionName(const QString& action)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("created"), QT_TRANSLATE_NOOP("hotline::ui::ArticleHistoryDialog", "Created")},
        {QStringLiteral("saved"), QT_TRANSLATE_NOOP("hotline::ui::ArticleHistoryDialog", "Saved")},
        {QStringLiteral("submitted"), QT_TRANSLATE_NOOP("hotline::ui::ArticleHistoryDialog", "Submitted for review")},
        {QStringLiteral("approved"), QT_TRANSLATE_NOOP("hotline::ui::ArticleHistoryDialog", "Approved and published")},
        {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("hotline::ui::ArticleHistoryDialog", "Sent back")},
        {QStringLiteral("archived"), QT_TRANSLATE_NOOP("hotline::ui::ArticleHistoryDialog", "Archived")},
        {QStringLiteral("sent_back"),
         QT_TRANSLATE_NOOP("hotline::ui::ArticleHistoryDialog", "Back to review (policy changed)")},
        {QStringLiteral("restored"), QT_TRANSLATE_NOOP("hotline::ui::ArticleHistoryDialog", "Restored")},
    };
    const char* name = names.value(action);
    return name != nullptr ? ArticleHistoryDialog::tr(name) : action;
}

QString segmentsHtml(const QList<text::DiffSegment>& segments)
{
    QString html;
    for (const text::DiffSegment& s : segments) {
        const QString escaped = s.text.toHtmlEscaped();
        switch (s.op) {
        case text::DiffOp::Equal:
            html += escaped;
            break;
        case text::DiffOp::Delete:
            html += QStringLiteral("<span style='background:#ffb3b3; color:#7a0000; text-decoration:line-through'>") +
                    escaped + QStringLiteral("</span>");
            break;
        case text::DiffOp::Insert:
            html += QStringLiteral("<span style='background:#a8e6a8; color:#004d00'>") + escaped +
                    QStringLiteral("</span>");
            break;
        }
    }
    return html;
}

} // namespace

ArticleHistoryDialog::ArticleHistoryDialog(Workspace& workspace, const QString& articleId, QWidget* parent)
    : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("articleHistoryDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    knowledge::ArticleService service(m_ws.db->connection(), *m_ws.ids, *m_ws.clock);
    m_versions = service.versions(articleId).value_or({});
    setWindowTitle(tr("Version history: %1").arg(m_versions.isEmpty() ? QString() : m_versions.last().title));
    m_leftVersion = new QComboBox(this);
    m_leftVersion->setObjectName(QStringLiteral("leftVersionComboBox"));
    m_rightVersion = new QComboBox(this);
    m_rightVersion->setObjectName(QStringLiteral("rightVersionComboBox"));
    for (const knowledge::ArticleVersion& v : m_versions) {
        const QString label = tr("Version %1 · %2 · %3")
                                  .arg(v.version)
                                  .arg(v.savedByName.isEmpty() ? v.savedBy : v.savedByName, beijingText(v.savedAt));
        m_leftVersion->addItem(label);
        m_rightVersion->addItem(label);
    }
    m_left = new QTextBrowser(this);
    m_left->setObjectName(QStringLiteral("leftVersionTextBrowser"));
    m_right = new QTextBrowser(this);
    m_right->setObjectName(QStringLiteral("rightVersionTextBrowser"));
    // Both sides have the same rows, so scrolling one by the same amount keeps the rows side by side.
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, m_right->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, m_left->verticalScrollBar(),
            &QScrollBar::setValue);
    auto recompare = [this] { compare(m_leftVersion->currentIndex(), m_rightVersion->currentIndex()); };
    connect(m_leftVersion, &QComboBox::currentIndexChanged, this, recompare);
    connect(m_rightVersion, &QComboBox::currentIndexChanged, this, recompare);

    m_events = new QTreeWidget(this);
    m_events->setObjectName(QStringLiteral("reviewTrailTreeWidget"));
    m_events->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Version"), tr("Note")});
    m_events->setRootIsDecorated(false);
    m_events->setMaximumHeight(160);
    for (const knowledge::ArticleEvent& e : service.events(articleId).value_or({})) {
        auto* item = new QTreeWidgetItem(m_events);
        item->setText(0, beijingText(e.at));
        item->setText(1, e.actorName.isEmpty() ? e.actorId : e.actorName);
        item->setText(2, actionName(e.action));
        item->setText(3, QString::number(e.version));
        item->setText(4, e.note);
        item->setToolTip(4, e.note);
    }
    m_events->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_events->header()->setStretchLastSection(true);

    auto* pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Old:"), this));
    pick->addWidget(m_leftVersion, 1);
    pick->addSpacing(12);
    pick->addWidget(new QLabel(tr("New:"), this));
    pick->addWidget(m_rightVersion, 1);
    auto* sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(m_left);
    sides->addWidget(m_right);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(sides, 1);
    layout->addWidget(new QLabel(tr("Review trail:"), this));
    layout->addWidget(m_events);
    layout->addWidget(close);

    const int last = int(m_versions.size()) - 1;
    m_leftVersion->setCurrentIndex(std::max(0, last - 1));
    m_rightVersion->setCurrentIndex(last);
    recompare();
    resize(1000, 680);
}

void ArticleHistoryDialog::compare(int leftIndex, int rightIndex)
{
    if (leftIndex < 0 || rightIndex < 0 || leftIndex >= m_versions.size() || rightIndex >= m_versions.size()) {
        m_left->clear();
        m_right->clear();
        return;
    }
    const auto rows = text::diffLines(comparable(m_versions[leftIndex]), comparable(m_versions[rightIndex]));
    // One table row per diff row on both sides, so the two columns line up.
    const QString head =
        QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' style='border-collapse:collapse'>");
    QString left = head;
    QString right = head;
    auto cell = [](int number, const QString& html, const char* background) {
        return QStringLiteral("<tr><td width='28' style='color:#999; background:#f4f4f4' align='right'>%1</td>"
                              "<td style='background:%2'>%3</td></tr>")
            .arg(number > 0 ? QString::number(number) : QString(), QLatin1String(background),
                 html.isEmpty() ? QStringLiteral("&nbsp;") : html);
    };
    for (const text::DiffRow& r : rows) {
        using K = text::DiffRow::Kind;
        const char* leftBg = r.kind == K::Same ? "#ffffff" : (r.kind == K::Added ? "#eeeeee" : "#fff0f0");
        const char* rightBg = r.kind == K::Same ? "#ffffff" : (r.kind == K::Removed ? "#eeeeee" : "#f0fff0");
        left += cell(r.leftLine, segmentsHtml(r.left), leftBg);
        right += cell(r.rightLine, segmentsHtml(r.right), rightBg);
    }
    m_left->setHtml(left + QStringLiteral("</table>"));
    m_right->setHtml(right + QStringLiteral("</table>"));
}

} // namespace hotline::ui
