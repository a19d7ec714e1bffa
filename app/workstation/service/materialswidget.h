#pragma once
// 资料库 tab: install and upgrade packages, operation manuals and screen recordings, filtered by kind and searched
// (Ctrl+E); files are checked against their SHA-256 (校验, Alt+K) and a changed or missing one is flagged in red.
// Everyone sends a material to a taxpayer (Ctrl+Shift+M); those with ManageMaterials add a file (Ins) or a link,
// replace one with its new version and archive it (Del).

#include "materials/materiallibrary.h"

#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace hotline::ui {

struct Workspace;

class MaterialsWidget final : public QWidget {
    Q_OBJECT
public:
    enum Column { Title, Kind, Version, Source, Size, Added, Check, ColumnCount };
    using Confirm = std::function<bool(QWidget* parent, const QString& question)>;

    explicit MaterialsWidget(Workspace& workspace, QWidget* parent = nullptr);
    ~MaterialsWidget() override;

    void reload();
    void addFile();
    void addLink();
    void replaceSelected();
    void archiveSelected();
    void verifyAll();
    void sendSelected();

    QTreeWidget* list() const { return m_list; }
    QComboBox* kindFilter() const { return m_kind; }
    QLineEdit* searchEdit() const { return m_search; }
    QLabel* statusLabel() const { return m_status; }
    materials::MaterialLibrary& library() const { return *m_library; }
    static void setConfirm(Confirm confirm);

signals:
    void dataChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool manager() const;
    void updateButtons();
    void openDialog(const materials::Material* replacing, bool link);
    std::optional<materials::Material> selected() const;

    Workspace& m_ws;
    std::unique_ptr<materials::MaterialLibrary> m_library;
    QList<materials::Material> m_materials;
    QHash<QString, materials::VerifyResult> m_checks; // from the last 校验
    QComboBox* m_kind;
    QLineEdit* m_search;
    QCheckBox* m_archived;
    QTreeWidget* m_list;
    QLabel* m_status;
    QPushButton* m_send;
    QPushButton* m_addFile;
    QPushButton* m_addLink;
    QPushButton* m_replace;
    QPushButton* m_archive;
    QPushButton* m_verify;
};

} // namespace hotline::ui
