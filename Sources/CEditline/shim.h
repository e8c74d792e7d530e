// libedit (BSD licence), for LineEditing when TRAINLAB_LINE_EDITOR=libedit
// and on macOS, whose system readline is libedit. The shared calls are in
// ../CReadline/readline-common.h, with the GNU-only ones replaced.
#ifndef TRAINLAB_CEDITLINE_SHIM_H
#define TRAINLAB_CEDITLINE_SHIM_H

#define TRAINLAB_LIBEDIT 1
#include <stdio.h>
#if __has_include(<editline/readline.h>)
#include <editline/readline.h>  // its history functions included
#else
#include <readline/readline.h>  // macOS: libedit under readline's name
#endif

#include "../CReadline/readline-common.h"

#endif
