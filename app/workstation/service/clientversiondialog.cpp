#include "service/clientversiondialog.h"

#include "calendar/workcalendar.h"
#include "common/workspace.h"
#include "materials/materiallibrary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hotline::ui {

ClientVersionDialog::ClientVersionDialog(Workspace& workspace, const materials::ClientVersion& version, bool readOnly,
                                         QWidget* parent)
    : QDialog(parent), m_ws(workspace), m_version(version)
{
    setObjectName(QStringLiteral("clientVersionDialog"));
    setWindowTitle(version.id.isEmpty() ? tr("New withholding client version")
                                        : tr("Withholding client %1").arg(version.clientVersion));
    m_versionEdit = new QLineEdit(version.clientVersion, this);
    m_versionEdit->setObjectName(QStringLiteral("clientVersionLineEdit"));
    m_versionEdit->setPlaceholderText(QStringLiteral("V3.1.221"));
    m_released = new QDateEdit(version.releasedOn, this);
    m_released->setCalendarPopup(true);
    m_released->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_hasDeadline = new QCheckBox(tr("The bureau set a &deadline:"), this);
    m_hasDeadline->setChecked(version.deadlineOn.isValid());
    m_deadline =
        new QDateEdit(version.deadlineOn.isValid() ? version.deadlineOn : version.releasedOn.addDays(14), this);
    m_deadline->setObjectName(QStringLiteral("deadlineDateEdit"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_deadline->setEnabled(m_hasDeadline->isChecked());
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    m_package = new QComboBox(this);
    m_package->setObjectName(QStringLiteral("upgradePackageComboBox"));
    m_package->addItem(tr("(none)"), QString());
    materials::MaterialLibrary library(*m_ws.db, materials::MaterialLibrary::folderFor(m_ws.db->path()), *m_ws.clock,
                                       *m_ws.ids);
    for (const materials::Material& m : library.list({materials::Kind::Upgrade, {}, true}).value_or({})) {
        m_package->addItem(QStringLiteral("%1 %2").arg(m.title, m.releaseVersion).trimmed(), m.id);
    }
    m_package->setCurrentIndex(std::max(0, m_package->findData(version.materialId)));
    m_notes = new QPlainTextEdit(version.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_manualRevised = new QCheckBox(tr("Manuals &revised:"), this);
    m_manualRevised->setObjectName(QStringLiteral("manualRevisedCheckBox"));
    m_manualRevised->setChecked(version.manualRevised);
    m_manualNote = new QLineEdit(version.manualNote, this);
    m_manualNote->setObjectName(QStringLiteral("manualNoteLineEdit"));
    m_manualNote->setPlaceholderText(tr("which manuals, which chapters"));

    m_checklist = new QTreeWidget(this);
    m_checklist->setObjectName(QStringLiteral("checklistTreeWidget"));
    m_checklist->setColumnCount(ColumnCount);
    m_checklist->setHeaderLabels({tr("Check item"), tr("Result"), tr("Note")});
    m_checklist->setRootIsDecorated(false);
    m_checklist->header()->setSectionResizeMode(Item, QHeaderView::ResizeToContents);
    m_checklist->header()->setSectionResizeMode(Result, QHeaderView::ResizeToContents);
    m_checklist->header()->setSectionResizeMode(Note, QHeaderView::Stretch);
    m_checklist->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::AnyKeyPressed);
    for (const materials::ChecklistItem& i : version.checklist) {
        addRow(i);
    }
    m_verified = new QLabel(this);
    m_verified->setText(version.verifiedAt.isValid()
                            ? tr("%1 by %2 on %3")
                                  .arg(materials::displayName(version.result), version.verifiedByName,
                                       version.verifiedAt.toTimeZone(calendar::beijingTime())
                                           .toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                            : tr("Not verified yet."));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("clientVersionErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* deadlineRow = new QHBoxLayout;
    deadlineRow->addWidget(m_hasDeadline);
    deadlineRow->addWidget(m_deadline);
    deadlineRow->addStretch(1);
    auto* manualRow = new QHBoxLayout;
    manualRow->addWidget(m_manualRevised);
    manualRow->addWidget(m_manualNote, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Version:"), m_versionEdit);
    form->addRow(tr("Re&leased on:"), m_released);
    form->addRow(QString(), deadlineRow);
    form->addRow(tr("Upgrade &package:"), m_package);
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(QString(), manualRow);
    auto* itemButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add chec&k"), this);
    auto* remove = new QPushButton(tr("Remove check"), this);
    connect(add, &QPushButton::clicked, this, &ClientVersionDialog::addItem);
    connect(remove, &QPushButton::clicked, this, &ClientVersionDialog::removeItem);
    itemButtons->addWidget(m_verified, 1);
    itemButtons->addWidget(add);
    itemButtons->addWidget(remove);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("&Save (Ctrl+S)"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    QPushButton* verify = buttons->addButton(tr("Save and &verify (Ctrl+Enter)"), QDialogButtonBox::ActionRole);
    verify->setObjectName(QStringLiteral("verifyButton"));
    QPushButton* close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(save, &QPushButton::clicked, this, [this] {
        if (this->save(false)) {
            accept();
        }
    });
    connect(verify, &QPushButton::clicked, this, [this] {
        if (this->save(true)) {
            accept();
        }
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, save, &QPushButton::click);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this), &QShortcut::activated, verify,
            &QPushButton::click);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_checklist, 1);
    layout->addLayout(itemButtons);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    if (readOnly) {
        for (QWidget* w :
             std::initializer_list<QWidget*>{m_versionEdit, m_released, m_hasDeadline, m_deadline, m_package, m_notes,
                                             m_manualRevised, m_manualNote, add, remove, save, verify}) {
            w->setEnabled(false);
        }
        m_checklist->setEnabled(false);
    }
    resize(720, 680);
}

void ClientVersionDialog::addRow(const materials::ChecklistItem& i)
{
    auto* item = new QTreeWidgetItem(m_checklist);
    item->setText(Item, i.item);
    item->setText(Note, i.note);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    auto* result = new QComboBox(m_checklist);
    result->addItems({tr("Not yet"), tr("Passed"), tr("Failed")});
    result->setCurrentIndex(!i.passed ? 0 : (*i.passed ? 1 : 2));
    m_checklist->setItemWidget(item, Result, result);
}

void ClientVersionDialog::addItem()
{
    addRow({tr("New check"), std::nullopt, {}});
    QTreeWidgetItem* item = m_checklist->topLevelItem(m_checklist->topLevelItemCount() - 1);
    m_checklist->setCurrentItem(item);
    m_checklist->editItem(item, Item);
}

void ClientVersionDialog::removeItem()
{
    delete m_checklist->currentItem();
}

void ClientVersionDialog::setItemResult(int row, int result)
{
    if (auto* combo = qobject_cast<QComboBox*>(m_checklist->itemWidget(m_checklist->topLevelItem(row), Result))) {
        combo->setCurrentIndex(result);
    }
}

materials::ClientVersion ClientVersionDialog::collect() const
{
    materials::ClientVersion v = m_version;
    v.clientVersion = m_versionEdit->text();
    v.releasedOn = m_released->date();
    v.deadlineOn = m_hasDeadline->isChecked() ? m_deadline->date() : QDate();
    v.materialId = m_package->currentData().toString();
    v.notes = m_notes->toPlainText();
    v.manualRevised = m_manualRevised->isChecked();
    v.manualNote = m_manualNote->text();
    v.checklist.clear();
    for (int r = 0; r < m_checklist->topLevelItemCount(); ++r) {
        QTreeWidgetItem* item = m_checklist->topLevelItem(r);
        const auto* combo = qobject_cast<QComboBox*>(m_checklist->itemWidget(item, Result));
        const int result = combo != nullptr ? combo->currentIndex() : 0;
        v.checklist.append(
            {item->text(Item), result == 0 ? std::nullopt : std::optional<bool>(result == 1), item->text(Note)});
    }
    return v;
}

bool ClientVersionDialog::save(bool verify)
{
    auto saved = materials::saveClientVersion(*m_ws.db, collect(), m_ws.currentOperator, *m_ws.ids, *m_ws.clock);
    const auto refuse = [this](const Error& e) {
        m_error->setText(e.message);
        m_error->show();
        const QString& field = e.field;
        QWidget* at = field == QLatin1String("released_on")   ? static_cast<QWidget*>(m_released)
                      : field == QLatin1String("deadline_on") ? static_cast<QWidget*>(m_deadline)
                      : field == QLatin1String("manual_note") ? static_cast<QWidget*>(m_manualNote)
                      : field == QLatin1String("checklist")   ? static_cast<QWidget*>(m_checklist)
                      : field == QLatin1String("notes")       ? static_cast<QWidget*>(m_notes)
                                                              : static_cast<QWidget*>(m_versionEdit);
        at->setFocus(Qt::OtherFocusReason);
        return false;
    };
    if (!saved) {
        return refuse(saved.error());
    }
    m_version = saved.value();
    emit this->saved();
    if (verify) {
        auto verified = materials::verifyClientVersion(*m_ws.db, m_version.id, m_version.version, m_ws.currentOperator,
                                                       *m_ws.clock);
        if (!verified) {
            return refuse(verified.error());
        }
        m_version = verified.value();
        emit this->saved();
    }
    return true;
}

} // namespace hotline::ui
