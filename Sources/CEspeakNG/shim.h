// libespeak-ng's C API: speech synthesis with phoneme events (Debian libespeak-ng-dev).
#include <espeak-ng/speak_lib.h>
#include <espeak-ng/espeak_ng.h>
