// GNU readline, for LineEditing (the default on Linux). The shared calls are
// in readline-common.h; CEditline is the libedit variant.
#ifndef TRAINLAB_CREADLINE_SHIM_H
#define TRAINLAB_CREADLINE_SHIM_H

#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

#include "readline-common.h"

#endif
