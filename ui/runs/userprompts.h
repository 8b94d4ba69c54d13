#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class QWidget;

namespace brickdesk {

// The two places where the jobs screens leave the application's own windows: asking the
// user to confirm a destructive action, and opening a workspace page in the browser. Both go
// through here so that GUI tests can answer and observe them without a real modal dialog or
// browser (setConfirmHandler / setUrlHandler).
class UserPrompts final
{
public:
    using ConfirmHandler = std::function<bool(QWidget *parent, const QString &title, const QString &text)>;
    using UrlHandler = std::function<void(const QUrl &url)>;

    // A modal "are you sure" naming what will be lost; true when the user accepts.
    static bool confirm(
        QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel);
    static void openUrl(const QUrl &url);

    // Empty handler restores the default (QMessageBox / QDesktopServices).
    static void setConfirmHandler(ConfirmHandler handler);
    static void setUrlHandler(UrlHandler handler);

private:
    static ConfirmHandler &confirmHandler();
    static UrlHandler &urlHandler();
};

} // namespace brickdesk
