#pragma once

#include <QGroupBox>
#include <QLabel>
#include <QStringList>
#include <QTextDocument>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::test {

// Where a text the server chose would be rendered as markup: every label, group box title and
// tooltip under a widget, read the way Qt decides to render it. A text Qt renders as rich text
// (a RichText label, or an AutoText label or tooltip that Qt::mightBeRichText) is turned into
// what the user reads; `marker` (markup only a hostile name carries, e.g. "<b></b><!--") must
// survive that literally, or the server's markup was obeyed.
//
//   LiteralTextWalk walk(u"<b></b><!--"_s);
//   walk.visit(page);
//   QVERIFY2(walk.obeyed().isEmpty(), qPrintable(walk.obeyed().join(u'\n')));
class LiteralTextWalk final
{
public:
    explicit LiteralTextWalk(QString marker)
        : m_marker(std::move(marker))
    { }

    void visit(QWidget *root)
    {
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        check(root);
        for (QWidget *widget : widgets)
            check(widget);
    }

    // "QLabel#name: the text" of each place that rendered the marker as markup.
    QStringList obeyed() const { return m_obeyed; }
    // How many texts carried the marker's characters at all (to see that the name was shown).
    int carriers() const { return m_carriers; }

private:
    void check(QWidget *widget)
    {
        if (const auto *label = qobject_cast<QLabel *>(widget))
            checkText(widget, label->text(), label->textFormat());
        if (const auto *box = qobject_cast<QGroupBox *>(widget))
            checkText(widget, box->title(), Qt::PlainText); // group box titles are never markup
        checkText(widget, widget->toolTip(), Qt::AutoText);
    }

    void checkText(QWidget *widget, const QString &text, Qt::TextFormat format)
    {
        if (text.isEmpty())
            return;
        const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
        QString shown = text;
        if (rich) {
            QTextDocument document;
            document.setHtml(text);
            shown = document.toPlainText();
        }
        if (!text.contains(m_marker) && !shown.contains(m_marker))
            return;
        ++m_carriers;
        if (!shown.contains(m_marker))
            m_obeyed << u"%1#%2: %3"_s.arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName(), text.left(200));
    }

    QString m_marker;
    QStringList m_obeyed;
    int m_carriers = 0;
};

} // namespace brickdesk::test
