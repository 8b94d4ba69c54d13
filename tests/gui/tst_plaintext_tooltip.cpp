#include "common/plaintexttooltip.h"

#include <QTest>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;

// Tooltips carrying server text (job descriptions, state messages, names) are shown literally:
// what Qt renders from plainTextToolTip() reads exactly as the text the server sent.
class TestPlainTextToolTip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersTheTextLiterally_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("markup") << u"prod<b></b><!--"_s;
        QTest::newRow("image") << u"<img src=\"https://evil.example/x.png\">nightly"_s;
        QTest::newRow("entities") << u"a &lt; b & c > d"_s;
        QTest::newRow("lines") << u"Driver crashed\nOutOfMemoryError: <Java heap space>"_s;
        QTest::newRow("plain") << u"ordinary description"_s;
    }

    void rendersTheTextLiterally()
    {
        QFETCH(QString, text);
        const QString tip = plainTextToolTip(text);
        // Always marked as rich text, so Qt never guesses from the server's own characters.
        QVERIFY(Qt::mightBeRichText(tip));
        QTextDocument document;
        document.setHtml(tip);
        QString shown = document.toPlainText();
        shown.replace(QChar::LineSeparator, u'\n');
        QCOMPARE(shown, text);
    }

    void emptyTextGivesNoToolTip() { QVERIFY(plainTextToolTip(QString()).isEmpty()); }
};

QTEST_MAIN(TestPlainTextToolTip)
#include "tst_plaintext_tooltip.moc"
