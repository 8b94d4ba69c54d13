#include "common/offlinebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

OfflineBanner::OfflineBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_retry(new QPushButton(tr("&Try again")))
{
    setObjectName(u"offlineBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The palette's tooltip colours: a note that stands out in light and dark themes alike.
    QPalette colours = palette();
    colours.setColor(QPalette::Window, colours.color(QPalette::ToolTipBase));
    colours.setColor(QPalette::WindowText, colours.color(QPalette::ToolTipText));
    setPalette(colours);
    setAccessibleName(tr("Offline"));
    m_text->setObjectName(u"offlineBannerText"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_retry->setObjectName(u"offlineRetry"_s);
    connect(m_retry, &QPushButton::clicked, this, &OfflineBanner::retryRequested);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    hide();
}

void OfflineBanner::setText(const QString &text)
{
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

QString OfflineBanner::text() const
{
    return m_text->text();
}

} // namespace brickdesk
