#pragma once
// The layout of the QA lists that show one evaluation at a time (我的质检, 申诉处理): the list over the selected
// item's details (resizable), a row of buttons under both.

class QLayout;
class QWidget;

namespace hotline::ui {

void layOutListOverDetail(QWidget* owner, QWidget* list, QWidget* detail, QLayout* buttons);

} // namespace hotline::ui
