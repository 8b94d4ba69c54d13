#pragma once

#include <QString>
#include <QStringList>

namespace brickdesk {

// CSV as RFC 4180 writes it, made safe to open in a spreadsheet: a cell that starts with
// = + - @ tab or CR (which spreadsheets run as a formula: "CSV injection") gets a leading
// apostrophe, and a cell with a comma, quote, CR or LF is quoted with its quotes doubled.
// Text from a server (event details, run names) is data, never a formula.
class CsvFormat final
{
public:
    static QString cell(const QString &text);
    // Cells joined by commas, ended by CRLF.
    static QString row(const QStringList &cells);
};

} // namespace brickdesk
