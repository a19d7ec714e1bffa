#pragma once
// 个税必学 (courses) or 资讯中心 (news): curated links, newest first, the selected one's summary below the list. Enter
// or a double-click opens the link in the default browser; those who curate the knowledge base add (Ins), edit (F2) and
// remove (Del) them.

#include "knowledge/kblinks.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QUrl;

namespace hotline::ui {

struct Workspace;

class LinkListWidget final : public QWidget {
    Q_OBJECT
public:
    enum Column { Title, Date, Starts, ColumnCount }; // Starts: a topic course's time, while upcoming
    using UrlOpener = std::function<bool(const QUrl&)>;
    using Confirm = std::function<bool(QWidget* parent, const QString& question)>;

    LinkListWidget(Workspace& workspace, knowledge::LinkKind kind, QWidget* parent = nullptr);

    void reload();
    void openSelected();
    void addLink();
    void editSelected();
    void removeSelected();

    QTreeWidget* list() const { return m_list; }

    // Tests: links "open" through opener instead of the browser, and removals are confirmed by confirm
    // (pass {} to restore QDesktopServices and the question box).
    static void setUrlOpener(UrlOpener opener);
    static void setConfirm(Confirm confirm);

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool curator() const;
    void updateButtons();
    void edit(const knowledge::KbLink& link);
    std::optional<knowledge::KbLink> selected() const;

    Workspace& m_ws;
    knowledge::LinkKind m_kind;
    QList<knowledge::KbLink> m_links;
    QTreeWidget* m_list;
    QPushButton* m_open;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QLabel* m_status;
    QLabel* m_detail; // the selected link's summary and address
};

} // namespace hotline::ui
