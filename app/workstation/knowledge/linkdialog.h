#pragma once
// Adds or edits one 个税必学 / 资讯中心 link: title, date, URL and summary. Saving goes through libcore, which checks
// the URL (absolute http or https with a host); a refused value is shown in the dialog next to its field.

#include "knowledge/kblinks.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hotline::ui {

struct Workspace;

class LinkDialog final : public QDialog {
    Q_OBJECT
public:
    LinkDialog(Workspace& workspace, const knowledge::KbLink& link, QWidget* parent = nullptr);

    // Saves; closes on success, else shows why and focuses the field at fault.
    void save();
    const knowledge::KbLink& link() const { return m_link; }

    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* urlEdit() const { return m_url; }
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* summaryEdit() const { return m_summary; }
    QLabel* errorLabel() const { return m_error; }
    QCheckBox* liveCheck() const { return m_live; }
    QDateTimeEdit* startsEdit() const { return m_starts; }

private:
    Workspace& m_ws;
    knowledge::KbLink m_link;
    QLineEdit* m_title;
    QDateEdit* m_date;
    QLineEdit* m_url;
    QPlainTextEdit* m_summary;
    QCheckBox* m_live;       // a topic course announced to taxpayers, at a time (courses only)
    QDateTimeEdit* m_starts; // Beijing time
    QLabel* m_error;
};

} // namespace hotline::ui
