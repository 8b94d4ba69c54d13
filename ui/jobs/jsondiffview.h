#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace brickdesk {

// A structural diff of two JSON documents (JsonDiff's lines) as it reads best: the differences,
// one per line, above both documents side by side. Plain text throughout: what a server wrote
// is never interpreted as markup. Used by a job's History tab and by the drift dialog.
class JsonDiffView final : public QWidget
{
    Q_OBJECT
public:
    explicit JsonDiffView(QWidget *parent = nullptr);

    void setCaption(const QString &text);
    void setSideTitles(const QString &left, const QString &right);
    // One line per difference; none shows `noneText` instead.
    void setDifferences(const QStringList &lines, const QString &noneText);
    void setSides(const QString &left, const QString &right);
    void clear();

    QPlainTextEdit *differencesView() const { return m_differences; }
    QPlainTextEdit *leftView() const { return m_left; }
    QPlainTextEdit *rightView() const { return m_right; }
    QLabel *captionLabel() const { return m_caption; }

private:
    QLabel *m_caption = nullptr;
    QLabel *m_leftTitle = nullptr;
    QLabel *m_rightTitle = nullptr;
    QPlainTextEdit *m_differences = nullptr;
    QPlainTextEdit *m_left = nullptr;
    QPlainTextEdit *m_right = nullptr;
};

} // namespace brickdesk
