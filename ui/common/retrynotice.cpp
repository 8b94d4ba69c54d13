#include "common/retrynotice.h"

#include "common/noticestyle.h"
#include "common/plaintexttooltip.h"
#include "services/workspaceretries.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

// Lines of the tooltip, each a request that waits (and how many times over).
constexpr qsizetype maxToolTipGroups = 8;

// Whole seconds left, rounded up: "1 s" until the retry is sent, never "0 s".
int secondsLeft(const PendingRetries::Wait &wait)
{
    const qint64 ms = std::max<qint64>(0, wait.retryAt.remainingTime());
    return int(std::max<qint64>(1, (ms + 999) / 1000));
}

// Milliseconds until secondsLeft() shows one less.
int untilNextSecond(const PendingRetries::Wait &wait)
{
    const qint64 ms = std::max<qint64>(0, wait.retryAt.remainingTime());
    const qint64 step = ms - (qint64(secondsLeft(wait)) - 1) * 1000;
    return int(std::clamp<qint64>(step, 1, 1000));
}

} // namespace

RetryNotice::RetryNotice(QWidget *parent)
    : QFrame(parent)
    , m_retries(new WorkspaceRetries(this))
    , m_text(new QLabel)
    , m_cancel(new QToolButton)
    , m_tick(new QTimer(this))
{
    setObjectName(u"retryNotice"_s);
    applyNoticeStyle(this);
    setAccessibleName(tr("Waiting to retry"));
    m_text->setObjectName(u"retryNoticeText"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_cancel->setObjectName(u"retryNoticeCancel"_s);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop waiting: the requests that wait end as cancelled and are not sent again"));
    m_cancel->setAccessibleName(tr("Cancel the requests waiting to retry"));
    connect(m_cancel, &QToolButton::clicked, this, &RetryNotice::cancelAll);
    m_tick->setObjectName(u"retryNoticeTick"_s);
    m_tick->setSingleShot(true);
    m_tick->setTimerType(Qt::PreciseTimer);
    connect(m_tick, &QTimer::timeout, this, &RetryNotice::refresh);
    connect(m_retries, &WorkspaceRetries::changed, this, &RetryNotice::refresh);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 2, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_cancel, 0, Qt::AlignVCenter);
    // As wide as what it says: the status bar's messages keep the rest.
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    hide();
}

RetryNotice::~RetryNotice()
{
    // Its signals reach this widget's slots: it goes while this is still a RetryNotice.
    delete m_retries;
    m_retries = nullptr;
}

void RetryNotice::setWorkspaceSet(WorkspaceSet *set)
{
    m_retries->setWorkspaceSet(set);
}

QString RetryNotice::text() const
{
    return m_text->text();
}

void RetryNotice::refresh()
{
    m_tick->stop();
    const auto unannounced
        = [](const WorkspaceRetries::Wait &wait) { return wait.wait.delayMs < shortestAnnouncedMs; };
    QList<WorkspaceRetries::Wait> waits = m_retries ? m_retries->waits() : QList<WorkspaceRetries::Wait>();
    waits.removeIf(unannounced);
    if (waits.isEmpty()) {
        // A retry that was counted down is on its way: said while, and only while, it is.
        QList<WorkspaceRetries::Wait> sent
            = m_retries ? m_retries->sentRetries() : QList<WorkspaceRetries::Wait>();
        sent.removeIf(unannounced);
        if (!sent.isEmpty()) {
            m_text->setText(
                tr("%1 — retrying now…").arg(whyOf(sent.constFirst().wait, sent.constFirst().workspaceName)));
            setToolTip({});
            m_cancel->setEnabled(false);
            show();
            return;
        }
        m_text->clear();
        setToolTip({});
        m_cancel->setEnabled(true);
        hide();
        return;
    }
    m_cancel->setEnabled(true);
    const WorkspaceRetries::Wait &soonest = waits.constFirst();
    const bool named = m_retries->workspaceCount() > 1 && !soonest.workspaceName.isEmpty();
    const QString why = whyOf(soonest.wait, soonest.workspaceName);
    QString text = tr("%1 — retrying in %n s", nullptr, secondsLeft(soonest.wait)).arg(why);
    if (waits.size() > 1)
        text = tr("%1 (+%n more)", nullptr, int(waits.size()) - 1).arg(text);
    m_text->setText(text);

    // What waits, and what the server said (its own words, shown as plain text): the same
    // request waiting several times over (a screen's queue of lookups) is one line.
    struct Group
    {
        QString what;
        QString message;
        int count = 0;
    };
    QList<Group> groups;
    for (const WorkspaceRetries::Wait &wait : std::as_const(waits)) {
        const QString what
            = named ? tr("%1: %2").arg(wait.workspaceName, wait.wait.operation) : wait.wait.operation;
        const auto same = std::find_if(groups.begin(), groups.end(), [&](const Group &group) {
            return group.what == what && group.message == wait.wait.serverMessage;
        });
        if (same != groups.end())
            ++same->count;
        else
            groups.append({what, wait.wait.serverMessage, 1});
    }
    QStringList lines;
    for (const Group &group :
        std::as_const(groups).first(std::min<qsizetype>(groups.size(), maxToolTipGroups))) {
        lines.append(
            group.count > 1 ? tr("%1 (+%n more)", nullptr, group.count - 1).arg(group.what) : group.what);
        if (!group.message.isEmpty())
            lines.append(tr("The server said: %1").arg(group.message));
    }
    if (groups.size() > maxToolTipGroups)
        lines.append(u"…"_s);
    // Without the seconds, so that a tooltip being read does not change under the pointer.
    const QString tip = plainTextToolTip(lines.join(u'\n'));
    if (tip != toolTip())
        setToolTip(tip);
    show();
    m_tick->start(untilNextSecond(soonest.wait));
}

QString RetryNotice::whyOf(const PendingRetries::Wait &wait, const QString &workspaceName) const
{
    const bool named = m_retries->workspaceCount() > 1 && !workspaceName.isEmpty();
    if (wait.reason == PendingRetries::Reason::RateLimited)
        return named ? tr("Rate limited by “%1”").arg(workspaceName) : tr("Rate limited by the workspace");
    return named ? tr("“%1” is unavailable").arg(workspaceName) : tr("The workspace is unavailable");
}

void RetryNotice::cancelAll()
{
    const int count = int(m_retries->waits().size());
    m_retries->cancelAll();
    if (count > 0)
        emit statusMessage(tr("Cancelled %n request(s) that waited to be retried. Refresh (F5) to ask again.",
                               nullptr, count),
            10000);
}

} // namespace brickdesk
