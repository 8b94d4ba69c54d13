#include "services/csvformat.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

QString CsvFormat::cell(const QString &text)
{
    QString out = text;
    if (!out.isEmpty()) {
        const QChar first = out.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            out.prepend(u'\'');
    }
    if (out.contains(u',') || out.contains(u'"') || out.contains(u'\r') || out.contains(u'\n'))
        out = u'"' + out.replace(u"\""_s, u"\"\""_s) + u'"';
    return out;
}

QString CsvFormat::row(const QStringList &cells)
{
    QString out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += u',';
        out += cell(cells.at(i));
    }
    out += u"\r\n"_s;
    return out;
}

} // namespace brickdesk
