#pragma once

#include <QWidget>

namespace brickdesk {

class Connection;

// A top-level screen of the main window (Jobs, Clusters). The main window owns the
// workspace connection and hands it to every page; pages talk back through signals only.
class WorkspacePage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // nullptr when no workspace is connected. The page must drop everything it showed from
    // the previous connection and must not keep the pointer beyond the next call.
    virtual void setConnection(Connection *connection) = 0;
    // Reload what the page shows (F5), keeping selection and scroll position.
    virtual void refresh() = 0;

signals:
    // A short message for the status bar (success or the API's error), never a modal dialog.
    void statusMessage(const QString &text, int timeoutMs = 6000);
    // Cross-page navigation requests, e.g. from a run to the cluster it ran on.
    void openJobRequested(qint64 jobId);
    void openRunRequested(qint64 runId);
    void openClusterRequested(const QString &clusterId);
};

} // namespace brickdesk
