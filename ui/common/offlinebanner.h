#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace brickdesk {

// The strip above a workspace's pages while it cannot be reached: since when, that what the
// archive holds can still be browsed, and Try again.
class OfflineBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    // Empty: hidden.
    void setText(const QString &text);
    QString text() const;
    QPushButton *retryButton() const { return m_retry; }

signals:
    void retryRequested();

private:
    QLabel *m_text;
    QPushButton *m_retry;
};

} // namespace brickdesk
