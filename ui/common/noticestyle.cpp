#include "common/noticestyle.h"

#include <QFrame>
#include <QPalette>

namespace brickdesk {

void applyNoticeStyle(QFrame *frame)
{
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    QPalette colours = frame->palette();
    colours.setColor(QPalette::Window, colours.color(QPalette::ToolTipBase));
    colours.setColor(QPalette::WindowText, colours.color(QPalette::ToolTipText));
    frame->setPalette(colours);
}

} // namespace brickdesk
