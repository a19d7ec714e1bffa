#include "service/materialdialog.h"

#include "common/workspace.h"
#include "knowledge/kbexchangeactions.h"
#include "materials/materiallibrary.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace hotline::ui {

MaterialDialog::MaterialDialog(Workspace& workspace, materials::MaterialLibrary& library,
                               const materials::Material* replacing, bool link, QWidget* parent)
    : QDialog(parent), m_ws(workspace), m_library(library)
{
    setObjectName(QStringLiteral("materialDialog"));
    setWindowTitle(replacing != nullptr ? tr("Replace \"%1\" with a new version").arg(replacing->title)
                                        : tr("Add to the materials library"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("materialKindComboBox"));
    for (materials::Kind k : materials::kAllKinds) {
        m_kind->addItem(materials::displayName(k), materials::key(k));
    }
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("materialTitleLineEdit"));
    m_version = new QLineEdit(this);
    m_version->setObjectName(QStringLiteral("materialVersionLineEdit"));
    m_version->setPlaceholderText(QStringLiteral("V3.1.221"));
    m_fileMode = new QRadioButton(tr("&File"), this);
    m_fileMode->setObjectName(QStringLiteral("materialFileRadioButton"));
    m_linkMode = new QRadioButton(tr("Lin&k"), this);
    m_linkMode->setObjectName(QStringLiteral("materialLinkRadioButton"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_fileMode);
    group->addButton(m_linkMode);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("materialFileLineEdit"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("materialBrowseButton"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("materialUrlLineEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("materialNotePlainTextEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("materialErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    if (replacing != nullptr) {
        m_replacing = replacing->id;
        m_kind->setCurrentIndex(m_kind->findData(materials::key(replacing->kind)));
        m_title->setText(replacing->title);
        m_note->setPlainText(replacing->note);
        link = !replacing->isFile();
    }
    (link ? m_linkMode : m_fileMode)->setChecked(true);
    connect(m_fileMode, &QRadioButton::toggled, this, &MaterialDialog::updateMode);
    connect(m_browse, &QPushButton::clicked, this, &MaterialDialog::chooseFile);

    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(m_fileMode);
    modeRow->addWidget(m_linkMode);
    modeRow->addStretch(1);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(tr("Source:"), modeRow);
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(replacing != nullptr ? tr("Replace") : tr("Add"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MaterialDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    updateMode();
    resize(600, 380);
}

void MaterialDialog::updateMode()
{
    const bool file = m_fileMode->isChecked();
    m_file->setEnabled(file);
    m_browse->setEnabled(file);
    m_url->setEnabled(!file);
}

void MaterialDialog::chooseFile()
{
    const QString path = FileChooser::openFile(this, tr("Choose the file to add"), tr("All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    m_file->setText(QDir::toNativeSeparators(path));
    if (m_title->text().trimmed().isEmpty()) {
        m_title->setText(QFileInfo(path).completeBaseName());
    }
}

void MaterialDialog::save()
{
    materials::MaterialDraft d;
    d.kind = materials::kindFromKey(m_kind->currentData().toString()).value_or(materials::Kind::Other);
    d.title = m_title->text();
    d.releaseVersion = m_version->text();
    d.note = m_note->toPlainText();
    if (m_fileMode->isChecked()) {
        d.sourcePath = QDir::fromNativeSeparators(m_file->text().trimmed());
        if (d.sourcePath.isEmpty()) {
            m_error->setText(tr("Choose the file to add (Browse…)."));
            m_error->show();
            m_browse->setFocus(Qt::OtherFocusReason);
            return;
        }
    } else {
        d.url = m_url->text();
    }
    auto saved = m_replacing.isEmpty() ? m_library.add(d, m_ws.currentOperator)
                                       : m_library.replace(m_replacing, d, m_ws.currentOperator);
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        const QString& field = saved.error().field;
        QWidget* at = field == QLatin1String("url")               ? static_cast<QWidget*>(m_url)
                      : field == QLatin1String("file")            ? static_cast<QWidget*>(m_file)
                      : field == QLatin1String("release_version") ? static_cast<QWidget*>(m_version)
                      : field == QLatin1String("note")            ? static_cast<QWidget*>(m_note)
                                                                  : static_cast<QWidget*>(m_title);
        at->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_saved = saved.value();
    accept();
}

} // namespace hotline::ui
