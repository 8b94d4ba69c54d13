#include "jsondiffview.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {
QPlainTextEdit *readOnlyText(const QString &objectName)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

QLabel *plainLabel()
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    return label;
}

QWidget *titled(QLabel *title, QWidget *content)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(content);
    title->setBuddy(content); // the title names the text for a screen reader
    return box;
}
} // namespace

JsonDiffView::JsonDiffView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"jsonDiff"_s);
    m_caption = plainLabel();
    m_leftTitle = plainLabel();
    m_rightTitle = plainLabel();
    m_differences = readOnlyText(u"jsonDiffLines"_s);
    m_left = readOnlyText(u"jsonDiffLeft"_s);
    m_right = readOnlyText(u"jsonDiffRight"_s);

    auto *sideBySide = new QSplitter(Qt::Horizontal);
    sideBySide->addWidget(titled(m_leftTitle, m_left));
    sideBySide->addWidget(titled(m_rightTitle, m_right));

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(titled(m_caption, m_differences));
    split->addWidget(sideBySide);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void JsonDiffView::setCaption(const QString &text)
{
    m_caption->setText(text);
}

void JsonDiffView::setSideTitles(const QString &left, const QString &right)
{
    m_leftTitle->setText(left);
    m_rightTitle->setText(right);
}

void JsonDiffView::setDifferences(const QStringList &lines, const QString &noneText)
{
    m_differences->setPlainText(lines.isEmpty() ? noneText : lines.join(u'\n'));
}

void JsonDiffView::setSides(const QString &left, const QString &right)
{
    m_left->setPlainText(left);
    m_right->setPlainText(right);
}

void JsonDiffView::clear()
{
    m_differences->clear();
    m_left->clear();
    m_right->clear();
}

} // namespace brickdesk
