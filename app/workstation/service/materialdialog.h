#pragma once
// Adds a material to the library, or replaces one with its new version: a file (copied into the library with its
// SHA-256) or a link, its kind, title, release version and a note.

#include "materials/material.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace hotline::materials {
class MaterialLibrary;
}

namespace hotline::ui {

struct Workspace;

class MaterialDialog final : public QDialog {
    Q_OBJECT
public:
    // replacing: the material this one replaces (its kind and title are proposed), or nullptr to add. link: start in
    // link mode.
    MaterialDialog(Workspace& workspace, materials::MaterialLibrary& library, const materials::Material* replacing,
                   bool link, QWidget* parent = nullptr);

    void chooseFile();
    void save();
    const materials::Material& saved() const { return m_saved; }

    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* versionEdit() const { return m_version; }
    QLineEdit* fileEdit() const { return m_file; }
    QLineEdit* urlEdit() const { return m_url; }
    QRadioButton* fileRadio() const { return m_fileMode; }
    QRadioButton* linkRadio() const { return m_linkMode; }
    QLabel* errorLabel() const { return m_error; }

private:
    void updateMode();

    Workspace& m_ws;
    materials::MaterialLibrary& m_library;
    QString m_replacing;
    materials::Material m_saved;
    QComboBox* m_kind;
    QLineEdit* m_title;
    QLineEdit* m_version;
    QRadioButton* m_fileMode;
    QRadioButton* m_linkMode;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QLineEdit* m_url;
    QPlainTextEdit* m_note;
    QLabel* m_error;
};

} // namespace hotline::ui
