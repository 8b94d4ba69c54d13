#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace brickdesk {

class JobHistoryService;
class JsonDiffView;

// A job's History tab: every archived version of its settings (first and last seen), and for
// the selected one a structural diff against the current settings, with both side by side.
class JobHistoryWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit JobHistoryWidget(JobHistoryService *service, QWidget *parent = nullptr);

    QTableWidget *versionsView() const { return m_versions; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QPlainTextEdit *versionView() const { return m_version; }
    QPlainTextEdit *currentView() const { return m_current; }
    QLabel *statusLabel() const { return m_status; }

private:
    void showVersions();
    void showSelected();

    JobHistoryService *m_service;
    QLabel *m_status = nullptr;
    QTableWidget *m_versions = nullptr;
    JsonDiffView *m_diffView = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QPlainTextEdit *m_version = nullptr;
    QPlainTextEdit *m_current = nullptr;
};

} // namespace brickdesk
