// The calls LineEditing makes through GNU readline or libedit that Swift
// cannot make directly (C globals cannot be assigned from Swift 6, and
// variadic functions such as ioctl cannot be called), and the GNU-only calls
// with their libedit equivalent. Included by CReadline/shim.h and
// CEditline/shim.h after their library's headers; TRAINLAB_LIBEDIT is
// defined for libedit.
#ifndef TRAINLAB_READLINE_COMMON_H
#define TRAINLAB_READLINE_COMMON_H

#include <stdio.h>
#include <sys/ioctl.h>

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

/// Shows the whole line being edited with the cursor at its end, before
/// "^C" is written after it. libedit's rl_redisplay writes the prompt and
/// line again after them instead of redrawing, so there the line is left
/// as it is on screen.
static inline void trainlab_rl_show_whole_line(void) {
#if !defined(TRAINLAB_LIBEDIT)
  rl_point = rl_end;
  rl_redisplay();
#endif
}

/// Empties the line being edited after Ctrl-C: GNU readline's
/// rl_free_line_state does it; libedit's keeps the text for the next line.
static inline void trainlab_rl_clear_line(void) {
#if defined(TRAINLAB_LIBEDIT)
  rl_replace_line("", 0);
#endif
}

/// Adds the newest history entry to the file at `path`. libedit's
/// append_history(1, …) appends the last two entries, so there the whole
/// (stifled) history is written instead.
static inline void trainlab_append_newest_history(const char *path) {
#if defined(TRAINLAB_LIBEDIT)
  write_history(path);
#else
  append_history(1, path);
#endif
}

/// Keeps a multi-line entry as one entry in the history file. GNU readline
/// (8.0 and later) then writes a timestamp line before each entry and,
/// reading, joins the lines up to the next one; libedit's file escapes
/// the newlines itself.
static inline void trainlab_history_keep_multiline_entries(void) {
#if !defined(TRAINLAB_LIBEDIT) && RL_READLINE_VERSION >= 0x0800
  history_write_timestamps = 1;
  history_multiline_entries = 1;
#endif
}

/// Whether `trainlab_rl_prefill` can put text into the line: GNU readline
/// can; libedit's callback interface empties the line at the first key.
static inline int trainlab_rl_can_prefill(void) {
#if defined(TRAINLAB_LIBEDIT)
  return 0;
#else
  return 1;
#endif
}

/// Puts `text` into the line being edited, after the prompt shown by
/// rl_callback_handler_install, with the cursor at its end.
static inline void trainlab_rl_prefill(const char *text) {
#if defined(TRAINLAB_LIBEDIT)
  (void)text;
#else
  rl_insert_text(text);
  rl_redisplay();
#endif
}

/// Terminal size of `fd` in columns and rows; returns 0 on success.
static inline int trainlab_terminal_size(int fd, int *columns, int *rows) {
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
  *columns = size.ws_col;
  *rows = size.ws_row;
  return 0;
}

/// Cleans up the callback interface's state after a signal: GNU readline 7
/// and later (CPython guards the call the same way). libedit reports 4.2
/// and has nothing to clean up beyond rl_free_line_state and
/// rl_cleanup_after_signal, which the caller also calls.
static inline void trainlab_rl_callback_sigcleanup(void) {
#if !defined(TRAINLAB_LIBEDIT) && RL_READLINE_VERSION >= 0x0700
  rl_callback_sigcleanup();
#endif
}

/// Makes readline take the terminal's new size after SIGWINCH. macOS's
/// libedit has no rl_resize_terminal; every libedit has
/// rl_set_screen_size.
static inline void trainlab_rl_resize_terminal(void) {
#if defined(TRAINLAB_LIBEDIT)
  int columns, rows;
  if (trainlab_terminal_size(0, &columns, &rows) == 0) rl_set_screen_size(rows, columns);
#else
  rl_resize_terminal();
#endif
}

#endif
