#include "connections/profiledescription.h"

#include "auth/configresolver.h"
#include "connections/connectiondialog.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::profiledescription {

QString methodLabel(const QString &authType)
{
    if (authType == u"pat"_s)
        return ConnectionDialog::tr("personal access token");
    if (authType == u"oauth-m2m"_s)
        return ConnectionDialog::tr("OAuth (service principal)");
    if (authType == u"databricks-cli"_s || authType == u"oauth-u2m"_s || authType == u"external-browser"_s)
        return ConnectionDialog::tr("OAuth (sign in with browser)");
    return authType;
}

QString settingsHtml(const ResolvedConfig &config)
{
    QString html = u"<p>"_s
        + ConnectionDialog::tr("Authentication: %1")
              .arg(methodLabel(config.effectiveAuthType()).toHtmlEscaped())
        + u"</p><table>"_s;
    for (const QString &key : config.keys()) {
        const QString value
            = ConfigResolver::isSecretKey(key) ? ConnectionDialog::tr("(hidden)") : config.value(key);
        html += u"<tr><td><b>"_s + key.toHtmlEscaped() + u"</b></td><td>"_s + value.toHtmlEscaped()
            + u"</td><td><i>"_s + ConnectionDialog::tr("from %1").arg(config.source(key)).toHtmlEscaped()
            + u"</i></td></tr>"_s;
    }
    html += u"</table>"_s;
    return html;
}

} // namespace brickdesk::profiledescription
