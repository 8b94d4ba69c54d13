#pragma once

#include "common/prompts.h"

namespace brickdesk::clusterprompts {

// The clusters screen asks through the application's one prompt hook (common/prompts.h);
// these names keep its call sites and tests as they were.

inline QString saveFileName(
    QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter)
{
    return Prompts::saveFileName(parent, caption, suggestedName, filter);
}
using SaveFileNameHandler = Prompts::SaveFileNameHandler;
inline void setSaveFileNameHandler(SaveFileNameHandler handler) // empty: the real dialog
{
    Prompts::setSaveFileNameHandler(std::move(handler));
}

inline bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel)
{
    return Prompts::confirm(parent, title, text, acceptLabel);
}
using ConfirmHandler = std::function<bool(const QString &title, const QString &text)>;
inline void setConfirmHandler(ConfirmHandler handler) // empty: the real dialog
{
    if (!handler) {
        Prompts::setConfirmHandler({});
        return;
    }
    Prompts::setConfirmHandler([handler = std::move(handler)](QWidget *, const QString &title,
                                   const QString &text) { return handler(title, text); });
}

} // namespace brickdesk::clusterprompts
