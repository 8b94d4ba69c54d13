// The job form's load -> save round trip on any JSON object a workspace may send as a job's
// settings, with validation and the schedule's description run on it (no undefined
// behaviour). Properties: what the form wrote, it reads back to the same job (a save never
// drifts); and a job the form did not touch is saved byte for byte. The one documented
// exception: a job without a "name" is saved with an empty one (the API wants the key).
#include "jobform/jobsettingsform.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace brickdesk;

namespace {

[[noreturn]] void fail(const char *what, const QJsonObject &before, const QJsonObject &after)
{
    std::fprintf(stderr, "%s:\n%s\n-> %s\n", what,
        QJsonDocument(before).toJson(QJsonDocument::Compact).constData(),
        QJsonDocument(after).toJson(QJsonDocument::Compact).constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return 0;
    const QJsonObject original = document.object();
    const JobSettingsForm form = JobSettingsForm::fromJson(original);
    (void)form.validate();
    const QJsonObject written = form.toJson();
    const QJsonObject again = JobSettingsForm::fromJson(written).toJson();
    if (again != written)
        fail("saving again changed the job", written, again);
    // Byte for byte, in every run: what the form cannot show (a task that is not an object, a
    // kind sent as a string, a number where a string belongs...) is kept as sent.
    QJsonObject expected = original;
    if (!expected.contains(QStringLiteral("name")))
        expected.insert(QStringLiteral("name"), QString());
    if (written != expected)
        fail("an untouched job changed", original, written);
    return 0;
}
