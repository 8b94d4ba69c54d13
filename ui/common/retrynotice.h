#pragma once

#include "api/pendingretries.h"

#include <QFrame>

class QLabel;
class QTimer;
class QToolButton;

namespace brickdesk {

class WorkspaceRetries;
class WorkspaceSet;

// The status bar's note while calls wait to be sent again: "Rate limited by the workspace —
// retrying in 40 s", counting down each second (the soonest wait, and "+N more" when several
// do), with Cancel, which ends every waiting call. Hidden while nothing waits. Waits shorter
// than a second are not announced: they are over before anyone could read them. Once the
// retry counted down to is sent, it says "retrying now…" for as long as that retry is on its
// way (a retry met by another 429 goes straight back to a countdown), and goes the moment it
// is answered, ended or cancelled: never "retrying" when nothing is. A workspace declared
// offline is left to the offline banner: its waits and retries are not told here
// (WorkspaceRetries leaves them out).
class RetryNotice final : public QFrame
{
    Q_OBJECT
public:
    explicit RetryNotice(QWidget *parent = nullptr);
    ~RetryNotice() override;

    // Not owned; nullptr: nothing to show.
    void setWorkspaceSet(WorkspaceSet *set);
    WorkspaceRetries *retries() const { return m_retries; }

    // What the notice says now (empty while hidden).
    QString text() const;
    QToolButton *cancelButton() const { return m_cancel; }

    static constexpr int shortestAnnouncedMs = 1000;

signals:
    // After Cancel: what was cancelled, for the status bar.
    void statusMessage(const QString &text, int timeoutMs);

private:
    void refresh();
    void cancelAll();
    QString whyOf(const PendingRetries::Wait &wait, const QString &workspaceName) const;

    WorkspaceRetries *m_retries;
    QLabel *m_text;
    QToolButton *m_cancel;
    QTimer *m_tick;
};

} // namespace brickdesk
