// The C side of TrainLab's line editing: GNU readline and the few terminal
// calls Swift cannot make directly (C globals cannot be assigned from Swift 6,
// and variadic functions such as ioctl cannot be called).
#ifndef TRAINLAB_CREADLINE_SHIM_H
#define TRAINLAB_CREADLINE_SHIM_H

#include <stdio.h>
#include <sys/ioctl.h>
#include <readline/readline.h>
#include <readline/history.h>

/// readline installs its own signal handlers unless this is 0.
static inline void trainlab_rl_set_catch_signals(int value) { rl_catch_signals = value; }

/// readline installs its own SIGWINCH handler unless this is 0.
static inline void trainlab_rl_set_catch_sigwinch(int value) { rl_catch_sigwinch = value; }

/// The function readline calls on Tab.
static inline void trainlab_rl_set_attempted_completion_function(rl_completion_func_t *function) {
  rl_attempted_completion_function = function;
}

/// Set to 1 inside the completion function to stop readline falling back to
/// file names.
static inline void trainlab_rl_set_attempted_completion_over(int value) {
  rl_attempted_completion_over = value;
}

/// The characters that end a word for completion.
static inline void trainlab_rl_set_completer_word_break_characters(const char *characters) {
  rl_completer_word_break_characters = (char *)characters;
}

/// The character appended after a unique completion (0 for none).
static inline void trainlab_rl_set_completion_append_character(int character) {
  rl_completion_append_character = character;
}

/// The name readline uses for conditional parsing of ~/.inputrc.
static inline void trainlab_rl_set_readline_name(const char *name) { rl_readline_name = name; }

/// The whole line being edited (valid inside callbacks).
static inline const char *trainlab_rl_line_buffer(void) { return rl_line_buffer; }

/// The cursor offset in bytes within the line being edited.
static inline int trainlab_rl_point(void) { return rl_point; }

/// Moves the cursor to the end of the line being edited.
static inline void trainlab_rl_point_to_end(void) { rl_point = rl_end; }

/// Terminal size of `fd` in columns and rows; returns 0 on success.
static inline int trainlab_terminal_size(int fd, int *columns, int *rows) {
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
  *columns = size.ws_col;
  *rows = size.ws_row;
  return 0;
}

#endif
