#include "sync/centraldialog.h"

#include "common/workspace.h"
#include "sync/syncsettings.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hotline::ui {

CentralDialog::CentralDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_ws(workspace)
{
    setObjectName(QStringLiteral("centralDialog"));
    setWindowTitle(tr("Central store"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* hint = new QLabel(tr("Work orders are kept on this workstation and synchronised with the central store "
                               "whenever it can be reached. Examples:\n"
                               "sqlite:/srv/hotline/central.db   (a shared file, small teams)\n"
                               "odbc:DSN=hotline   or   odbc:Driver={PostgreSQL Unicode};Server=…;Database=…\n"
                               "Leave empty to work alone."),
                            this);
    hint->setWordWrap(true);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("centralUrlLineEdit"));
    m_url->setClearButtonEnabled(true);
    m_url->setMinimumWidth(520);
    if (auto url = sync::centralUrl(*m_ws.db)) {
        m_url->setText(url.value());
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CentralDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_url);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void CentralDialog::save()
{
    if (Outcome s = sync::setCentralUrl(*m_ws.db, m_url->text()); !s) {
        m_error->setText(s.error().message);
        m_url->setFocus();
        return;
    }
    emit saved();
    accept();
}

} // namespace hotline::ui
