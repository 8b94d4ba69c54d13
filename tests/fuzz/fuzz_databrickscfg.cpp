// ~/.databrickscfg as any editor (or another tool) may have left it.
#include "auth/databricksconfigfile.h"

#include <cstddef>
#include <cstdint>

using namespace brickdesk;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray contents(reinterpret_cast<const char *>(data), qsizetype(size));
    const DatabricksConfigFile file = DatabricksConfigFile::parse(contents, u"fuzz.cfg"_s);
    for (const QString &name : file.profileNames())
        (void)file.profile(name);
    (void)file.errors();
    return 0;
}
