#include "common/offlinebanner.h"

#include "common/noticestyle.h"

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
    applyNoticeStyle(this);
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
