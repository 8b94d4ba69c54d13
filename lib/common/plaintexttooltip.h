#pragma once

#include <QString>

namespace brickdesk {

// A tooltip that shows `text` literally. Qt renders a tooltip as rich text whenever it looks
// like markup, so a job description or state message from the server such as
// "prod<b></b><!--" would be interpreted; this escapes it and marks the result as rich text,
// keeping line breaks. Empty text gives an empty string (no tooltip).
QString plainTextToolTip(const QString &text);

} // namespace brickdesk
