#include "sqldialect.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

namespace {

struct Token
{
    enum Kind { Ident, QuotedIdent, String, Number, Param, Punct };
    Kind kind;
    QString text; // QuotedIdent: without the backquotes
};

struct Failure
{
    QString errorClass;
    QString sqlState;
    QString detail;
};

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool isPlainName(const QString &name)
{
    if (name.isEmpty() || !isIdentStart(name.front()))
        return false;
    return std::all_of(name.begin(), name.end(), isIdentPart);
}

std::optional<Failure> tokenize(const QString &sql, QList<Token> *tokens)
{
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = sql.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') {
            while (i < n && sql.at(i) != u'\n')
                ++i;
        } else if (c == u'/' && i + 1 < n && sql.at(i + 1) == u'*') {
            const qsizetype end = sql.indexOf(u"*/"_s, i + 2);
            if (end < 0)
                return Failure {u"PARSE_SYNTAX_ERROR"_s, u"42601"_s, u"Unclosed comment."_s};
            i = end + 2;
        } else if (c == u'\'' || c == u'"') {
            // Databricks reads both quotes as string literals; SQLite wants single quotes.
            QString value;
            qsizetype j = i + 1;
            bool closed = false;
            while (j < n) {
                const QChar d = sql.at(j);
                if (d == u'\\' && j + 1 < n) {
                    value += sql.at(j + 1);
                    j += 2;
                    continue;
                }
                if (d == c) {
                    if (j + 1 < n && sql.at(j + 1) == c) {
                        value += c;
                        j += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                value += d;
                ++j;
            }
            if (!closed)
                return Failure {u"PARSE_SYNTAX_ERROR"_s, u"42601"_s, u"Unclosed string literal."_s};
            tokens->append({Token::String, value});
            i = j + 1;
        } else if (c == u'`') {
            const qsizetype end = sql.indexOf(u'`', i + 1);
            if (end < 0)
                return Failure {u"PARSE_SYNTAX_ERROR"_s, u"42601"_s, u"Unclosed quoted identifier."_s};
            tokens->append({Token::QuotedIdent, sql.mid(i + 1, end - i - 1)});
            i = end + 1;
        } else if (isIdentStart(c)) {
            qsizetype j = i + 1;
            while (j < n && isIdentPart(sql.at(j)))
                ++j;
            tokens->append({Token::Ident, sql.mid(i, j - i)});
            i = j;
        } else if (c.isDigit() || (c == u'.' && i + 1 < n && sql.at(i + 1).isDigit())) {
            qsizetype j = i + 1;
            while (
                j < n && (sql.at(j).isDigit() || sql.at(j) == u'.' || sql.at(j) == u'e' || sql.at(j) == u'E'))
                ++j;
            tokens->append({Token::Number, sql.mid(i, j - i)});
            i = j;
        } else if (c == u':') {
            if (i + 1 < n && sql.at(i + 1) == u':')
                return Failure {u"UNSUPPORTED_FEATURE"_s, u"0A000"_s,
                    u"The '::' cast shorthand is not supported by the emulator; use CAST(x AS type)."_s};
            qsizetype j = i + 1;
            if (j >= n || !isIdentStart(sql.at(j)))
                return Failure {u"PARSE_SYNTAX_ERROR"_s, u"42601"_s, u"Syntax error at or near ':'."_s};
            while (j < n && isIdentPart(sql.at(j)))
                ++j;
            tokens->append({Token::Param, sql.mid(i + 1, j - i - 1)});
            i = j;
        } else {
            // Two-character operators stay together.
            static const QStringList pairs {u"<="_s, u">="_s, u"<>"_s, u"!="_s, u"||"_s, u"=="_s};
            const QString two = sql.mid(i, 2);
            if (pairs.contains(two)) {
                tokens->append({Token::Punct, two});
                i += 2;
            } else if (QStringView(u"(),.=<>+-*/%;").contains(c)) {
                tokens->append({Token::Punct, QString(c)});
                ++i;
            } else {
                return Failure {
                    u"PARSE_SYNTAX_ERROR"_s, u"42601"_s, u"Syntax error at or near '%1'."_s.arg(c)};
            }
        }
    }
    return std::nullopt;
}

const QSet<QString> &keywords()
{
    static const QSet<QString> set {u"select"_s, u"from"_s, u"where"_s, u"group"_s, u"by"_s, u"order"_s,
        u"having"_s, u"limit"_s, u"as"_s, u"on"_s, u"join"_s, u"left"_s, u"right"_s, u"inner"_s, u"outer"_s,
        u"full"_s, u"cross"_s, u"and"_s, u"or"_s, u"not"_s, u"in"_s, u"is"_s, u"null"_s, u"case"_s, u"when"_s,
        u"then"_s, u"else"_s, u"end"_s, u"distinct"_s, u"asc"_s, u"desc"_s, u"between"_s, u"like"_s,
        u"exists"_s, u"with"_s, u"union"_s, u"all"_s, u"using"_s, u"true"_s, u"false"_s, u"over"_s,
        u"partition"_s, u"rows"_s, u"range"_s, u"preceding"_s, u"following"_s, u"current"_s, u"row"_s,
        u"unbounded"_s, u"nulls"_s, u"first"_s, u"last"_s, u"offset"_s, u"intersect"_s, u"except"_s,
        u"escape"_s};
    return set;
}

// Functions that mean the same in both dialects.
const QSet<QString> &sharedFunctions()
{
    static const QSet<QString> set {u"sum"_s, u"avg"_s, u"count"_s, u"min"_s, u"max"_s, u"coalesce"_s,
        u"round"_s, u"abs"_s, u"nullif"_s, u"lower"_s, u"upper"_s, u"length"_s, u"trim"_s, u"row_number"_s,
        u"lag"_s, u"lead"_s, u"rank"_s, u"dense_rank"_s};
    return set;
}

class Translator
{
public:
    explicit Translator(const QList<Token> &tokens)
        : m_t(tokens)
    { }

    std::optional<Failure> run(qsizetype begin, qsizetype end, QString *out)
    {
        qsizetype i = begin;
        while (i < end) {
            const Token &tok = m_t.at(i);
            if (tok.kind == Token::Ident || tok.kind == Token::QuotedIdent) {
                QStringList chain {tok.text};
                QList<bool> quotedParts {tok.kind == Token::QuotedIdent};
                const bool quoted = quotedParts.first();
                qsizetype j = i + 1;
                while (j + 1 < end && m_t.at(j).kind == Token::Punct && m_t.at(j).text == u"."_s
                    && (m_t.at(j + 1).kind == Token::Ident || m_t.at(j + 1).kind == Token::QuotedIdent)) {
                    chain.append(m_t.at(j + 1).text);
                    quotedParts.append(m_t.at(j + 1).kind == Token::QuotedIdent);
                    j += 2;
                }
                const QString lower = tok.text.toLower();
                const bool call = chain.size() == 1 && !quoted && j < end && m_t.at(j).text == u"("_s
                    && m_t.at(j).kind == Token::Punct && !keywords().contains(lower);
                if (call) {
                    const qsizetype close = matching(j, end);
                    if (close < 0)
                        return Failure {u"PARSE_SYNTAX_ERROR"_s, u"42601"_s, u"Unbalanced parentheses."_s};
                    if (auto f = function(lower, tok.text, j + 1, close, out))
                        return f;
                    i = close + 1;
                    continue;
                }
                if (chain.size() == 1 && !quoted && lower == u"interval"_s)
                    return Failure {u"UNSUPPORTED_FEATURE"_s, u"0A000"_s,
                        u"INTERVAL literals are not supported by the emulator; pass the bounds as parameters."_s};
                if (auto f = identifier(chain, quotedParts, out))
                    return f;
                i = j;
                continue;
            }
            if (tok.kind == Token::String) {
                QString escaped = tok.text;
                escaped.replace(u'\'', u"''"_s);
                *out += u" '"_s + escaped + u'\'';
            } else if (tok.kind == Token::Param) {
                if (!m_params.contains(tok.text))
                    m_params.append(tok.text);
                *out += u" :"_s + tok.text;
            } else if (tok.kind == Token::Punct && tok.text == u";"_s) {
                return Failure {
                    u"PARSE_SYNTAX_ERROR"_s, u"42601"_s, u"Only one statement can be run at a time."_s};
            } else {
                *out += u' ' + tok.text;
            }
            ++i;
        }
        return std::nullopt;
    }

    QStringList tables() const { return m_tables; }
    QStringList parameters() const { return m_params; }

private:
    qsizetype matching(qsizetype open, qsizetype end) const
    {
        int depth = 0;
        for (qsizetype k = open; k < end; ++k) {
            if (m_t.at(k).kind != Token::Punct)
                continue;
            if (m_t.at(k).text == u"("_s)
                ++depth;
            else if (m_t.at(k).text == u")"_s && --depth == 0)
                return k;
        }
        return -1;
    }

    // Argument ranges [begin, end) split on top-level commas.
    QList<QPair<qsizetype, qsizetype>> arguments(qsizetype begin, qsizetype end) const
    {
        QList<QPair<qsizetype, qsizetype>> args;
        if (begin == end)
            return args;
        int depth = 0;
        qsizetype start = begin;
        for (qsizetype k = begin; k < end; ++k) {
            const Token &t = m_t.at(k);
            if (t.kind != Token::Punct)
                continue;
            if (t.text == u"("_s)
                ++depth;
            else if (t.text == u")"_s)
                --depth;
            else if (t.text == u","_s && depth == 0) {
                args.append({start, k});
                start = k + 1;
            }
        }
        args.append({start, end});
        return args;
    }

    std::optional<Failure> argument(QPair<qsizetype, qsizetype> range, QString *out)
    {
        if (range.first >= range.second)
            return Failure {u"PARSE_SYNTAX_ERROR"_s, u"42601"_s, u"Missing function argument."_s};
        return run(range.first, range.second, out);
    }

    static std::optional<Failure> wrongArguments(const QString &name, int expected)
    {
        return Failure {
            u"WRONG_NUM_ARGS"_s, u"42605"_s, u"The `%1` requires %2 parameters."_s.arg(name).arg(expected)};
    }

    QString unitOf(QPair<qsizetype, qsizetype> range) const
    {
        if (range.second - range.first != 1)
            return {};
        const Token &t = m_t.at(range.first);
        return (t.kind == Token::String || t.kind == Token::Ident) ? t.text.toUpper() : QString();
    }

    std::optional<Failure> function(
        const QString &name, const QString &spelled, qsizetype begin, qsizetype end, QString *out)
    {
        const auto args = arguments(begin, end);
        if (name == u"date_trunc"_s) {
            if (args.size() != 2)
                return wrongArguments(spelled, 2);
            static const QHash<QString, QString> formats {{u"MINUTE"_s, u"%Y-%m-%dT%H:%M:00.000Z"_s},
                {u"HOUR"_s, u"%Y-%m-%dT%H:00:00.000Z"_s}, {u"DAY"_s, u"%Y-%m-%dT00:00:00.000Z"_s},
                {u"MONTH"_s, u"%Y-%m-01T00:00:00.000Z"_s}, {u"YEAR"_s, u"%Y-01-01T00:00:00.000Z"_s}};
            const QString unit = unitOf(args.at(0));
            if (!formats.contains(unit))
                return Failure {u"INVALID_PARAMETER_VALUE.DATETIME_UNIT"_s, u"22023"_s,
                    u"The value of parameter(s) `unit` in `date_trunc` is invalid: the emulator supports "
                    u"MINUTE, "
                    "HOUR, DAY, MONTH and YEAR."_s};
            *out += u" strftime('"_s + formats.value(unit) + u"',"_s;
            if (auto f = argument(args.at(1), out))
                return f;
            *out += u" )"_s;
            return std::nullopt;
        }
        if (name == u"timestampdiff"_s) {
            if (args.size() != 3)
                return wrongArguments(spelled, 3);
            static const QHash<QString, int> seconds {
                {u"SECOND"_s, 1}, {u"MINUTE"_s, 60}, {u"HOUR"_s, 3600}, {u"DAY"_s, 86400}};
            const QString unit = unitOf(args.at(0));
            if (!seconds.contains(unit))
                return Failure {u"INVALID_PARAMETER_VALUE.DATETIME_UNIT"_s, u"22023"_s,
                    u"The value of parameter(s) `unit` in `timestampdiff` is invalid: the emulator supports "
                    "SECOND, MINUTE, HOUR and DAY."_s};
            // Whole units, truncated toward zero like Databricks.
            *out += u" ( ( CAST ( strftime ( '%s' ,"_s;
            if (auto f = argument(args.at(2), out))
                return f;
            *out += u" ) AS INTEGER ) - CAST ( strftime ( '%s' ,"_s;
            if (auto f = argument(args.at(1), out))
                return f;
            *out += u" ) AS INTEGER ) ) / %1 )"_s.arg(seconds.value(unit));
            return std::nullopt;
        }
        if (name == u"count_if"_s) {
            if (args.size() != 1)
                return wrongArguments(spelled, 1);
            *out += u" SUM ( CASE WHEN"_s;
            if (auto f = argument(args.at(0), out))
                return f;
            *out += u" THEN 1 ELSE 0 END )"_s;
            return std::nullopt;
        }
        if (name == u"cast"_s)
            return cast(begin, end, out);
        QString target;
        if (name == u"greatest"_s)
            target = u"max"_s;
        else if (name == u"least"_s)
            target = u"min"_s;
        else if (name == u"nvl"_s || name == u"ifnull"_s)
            target = u"coalesce"_s;
        else if (sharedFunctions().contains(name))
            target = name;
        else
            return Failure {u"UNRESOLVED_ROUTINE"_s, u"42883"_s,
                u"Cannot resolve routine `%1` on search path [`system`.`builtin`] (the emulator's SQL engine "
                "does not have it)."_s.arg(spelled)};
        if ((name == u"greatest"_s || name == u"least"_s) && args.size() < 2)
            return wrongArguments(spelled, 2);
        *out += u' ' + target + u" ("_s;
        // count(*), count(DISTINCT x): run the whole range, commas included.
        if (auto f = run(begin, end, out))
            return f;
        *out += u" )"_s;
        return std::nullopt;
    }

    std::optional<Failure> cast(qsizetype begin, qsizetype end, QString *out)
    {
        qsizetype as = -1;
        int depth = 0;
        for (qsizetype k = begin; k < end; ++k) {
            const Token &t = m_t.at(k);
            if (t.kind == Token::Punct && t.text == u"("_s)
                ++depth;
            else if (t.kind == Token::Punct && t.text == u")"_s)
                --depth;
            else if (depth == 0 && t.kind == Token::Ident
                && t.text.compare(u"as"_s, Qt::CaseInsensitive) == 0)
                as = k;
        }
        if (as < 0 || as + 1 >= end || m_t.at(as + 1).kind != Token::Ident)
            return Failure {u"PARSE_SYNTAX_ERROR"_s, u"42601"_s, u"Syntax error in CAST."_s};
        const QString type = m_t.at(as + 1).text.toUpper();
        QString inner;
        if (auto f = argument({begin, as}, &inner))
            return f;
        if (type == u"TIMESTAMP"_s) {
            // Timestamps are stored as canonical text already.
            *out += u" ("_s + inner + u" )"_s;
            return std::nullopt;
        }
        if (type == u"DATE"_s) {
            *out += u" substr ("_s + inner + u" , 1, 10 )"_s;
            return std::nullopt;
        }
        static const QHash<QString, QString> types {{u"DOUBLE"_s, u"REAL"_s}, {u"FLOAT"_s, u"REAL"_s},
            {u"DECIMAL"_s, u"REAL"_s}, {u"INT"_s, u"INTEGER"_s}, {u"INTEGER"_s, u"INTEGER"_s},
            {u"BIGINT"_s, u"INTEGER"_s}, {u"LONG"_s, u"INTEGER"_s}, {u"STRING"_s, u"TEXT"_s}};
        if (!types.contains(type))
            return Failure {u"UNSUPPORTED_DATATYPE"_s, u"0A000"_s,
                u"Unsupported data type \"%1\" in the emulator."_s.arg(type)};
        *out += u" CAST ("_s + inner + u" AS "_s + types.value(type) + u" )"_s;
        return std::nullopt;
    }

    std::optional<Failure> identifier(const QStringList &chain, const QList<bool> &quotedParts, QString *out)
    {
        if (chain.size() >= 3 && chain.first().compare(u"system"_s, Qt::CaseInsensitive) == 0) {
            const QString table = chain.mid(0, 3).join(u'.').toLower();
            const QString storage = SqlDialect::storageName(table);
            if (storage.isEmpty() || chain.size() > 3)
                return Failure {u"TABLE_OR_VIEW_NOT_FOUND"_s, u"42P01"_s,
                    u"The table or view `%1` cannot be found. Verify the spelling and correctness of the "
                    u"schema "
                    "and catalog."_s.arg(chain.mid(0, 3).join(u"`.`"_s))};
            if (!m_tables.contains(table))
                m_tables.append(table);
            *out += u' ' + storage;
            return std::nullopt;
        }
        // The first struct column in the chain starts the flattened name: a.b.c.d with b a
        // struct -> a.b__c__d.
        qsizetype structAt = -1;
        for (qsizetype k = 0; k < chain.size() - 1; ++k) {
            if (SqlDialect::structColumns().contains(chain.at(k).toLower())) {
                structAt = k;
                break;
            }
        }
        if (structAt < 0) {
            // A backquoted name stays a name in SQLite too (it may be a keyword or hold spaces).
            QStringList parts;
            for (qsizetype k = 0; k < chain.size(); ++k) {
                QString part = chain.at(k);
                if (quotedParts.at(k) && (keywords().contains(part.toLower()) || !isPlainName(part)))
                    part = u'"' + part.replace(u'"', u"\"\""_s) + u'"';
                parts.append(part);
            }
            *out += u' ' + parts.join(u'.');
            return std::nullopt;
        }
        QStringList head = chain.mid(0, structAt);
        QStringList fields = chain.mid(structAt);
        for (QString &f : fields)
            f = f.toLower();
        head.append(fields.join(u"__"_s));
        *out += u' ' + head.join(u'.');
        return std::nullopt;
    }

    const QList<Token> &m_t;
    QStringList m_tables;
    QStringList m_params;
};

SqlDialect::Translation failed(const Failure &f)
{
    SqlDialect::Translation t;
    t.errorClass = f.errorClass;
    t.sqlState = f.sqlState;
    t.message = u"[%1] %2 SQLSTATE: %3"_s.arg(f.errorClass, f.detail, f.sqlState);
    return t;
}

} // namespace

const QStringList &SqlDialect::systemTables()
{
    static const QStringList tables {u"system.billing.usage"_s, u"system.billing.list_prices"_s,
        u"system.compute.node_timeline"_s, u"system.compute.clusters"_s};
    return tables;
}

const QStringList &SqlDialect::structColumns()
{
    static const QStringList columns {
        u"usage_metadata"_s, u"identity_metadata"_s, u"pricing"_s, u"promotional"_s, u"effective_list"_s};
    return columns;
}

QString SqlDialect::storageName(const QString &threePartName)
{
    const QString lower = threePartName.toLower();
    if (!systemTables().contains(lower))
        return {};
    QString name = lower;
    return name.replace(u'.', u"__"_s);
}

QString SqlDialect::timestampText(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, QTimeZone::utc())
        .toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QString SqlDialect::canonicalTimestamp(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.size() == 10)
        trimmed += u"T00:00:00"_s;
    trimmed.replace(u' ', u'T');
    QDateTime dt = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    // No zone given: UTC, as the session time zone of a warehouse defaults to.
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc());
    return timestampText(dt.toMSecsSinceEpoch());
}

SqlDialect::Translation SqlDialect::translate(const QString &databricksSql)
{
    QList<Token> tokens;
    if (auto f = tokenize(databricksSql, &tokens))
        return failed(*f);
    while (!tokens.isEmpty() && tokens.last().kind == Token::Punct && tokens.last().text == u";"_s)
        tokens.removeLast();
    if (tokens.isEmpty())
        return failed(
            {u"PARSE_EMPTY_STATEMENT"_s, u"42617"_s, u"Syntax error, unexpected empty statement."_s});
    const QString first = tokens.first().text.toLower();
    if (tokens.first().kind != Token::Ident || (first != u"select"_s && first != u"with"_s))
        return failed({u"UNSUPPORTED_FEATURE"_s, u"0A000"_s,
            u"The emulator's SQL warehouse runs queries (SELECT, WITH) only, not '%1'."_s.arg(
                tokens.first().text)});
    Translator translator(tokens);
    Translation t;
    if (auto f = translator.run(0, tokens.size(), &t.sql))
        return failed(*f);
    t.sql = t.sql.trimmed();
    t.tables = translator.tables();
    t.parameters = translator.parameters();
    return t;
}

} // namespace brickdesk::emulator
