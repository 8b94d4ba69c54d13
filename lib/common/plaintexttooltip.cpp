#include "common/plaintexttooltip.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

QString plainTextToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u'\n', u"<br/>"_s);
    return u"<qt>"_s + escaped + u"</qt>"_s;
}

} // namespace brickdesk
