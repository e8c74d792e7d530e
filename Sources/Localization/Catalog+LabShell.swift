extension Catalog {
  /// The Chinese of LabShell's messages.
  static let labShell: [String: String] = [
    // ArgumentParser's own words (ParserWords): its section titles, the
    // help of --version and --help, defaults and usage errors.
    " (default)":
      "（默认）",
    " (default: {1})":
      "（默认：{1}）",
    "ARGUMENTS:":
      "参数：",
    "Error: {1}":
      "错误：{1}",
    "Help:  {1}":
      "帮助：{1}",
    "Missing expected argument `{1}`":
      "缺少参数 `{1}`",
    "Missing value for `{1}`":
      "`{1}` 缺少值",
    "OPTIONS:":
      "选项：",
    "OVERVIEW: {1}":
      "概述：{1}",
    "SUBCOMMANDS:":
      "子命令：",
    "See '{1}' for detailed help.":
      "详细的帮助见 `{1}`。",
    "See '{1}' for more information.":
      "更多信息见 `{1}`。",
    "Show help information.":
      "显示帮助信息。",
    "Show the version.":
      "显示版本。",
    "The value `{1}` is invalid for `{2}`":
      "`{1}` 不是 `{2}` 的有效值",
    "USAGE: {1}":
      "用法：{1}",
    "Unexpected argument `{1}`":
      "多余的参数 `{1}`",
    "Unknown option `{1}`":
      "未知的选项 `{1}`",
    "Usage: {1}":
      "用法：{1}",
    "{1} unexpected arguments: {2}":
      "多余的 {1} 个参数：{2}",
    // trainlab check (Lab.check).
    "1 lesson":
      "1 个课程",
    "{1}: no lessons to check":
      "{1}：没有可检查的课程",
    // Jumping to a step runs the cells before it (the progress line).
    "catching up":
      "补运行前面的单元格",
    "line {1}":
      "第 {1} 行",
    "  (done)":
      "  （已完成）",
    "  (edited)":
      "  （已编辑）",
    "  stale: cell{1} {2}":
      "  待重算：单元格 {2}",
    "  {1}: invalid lesson file":
      "  {1}：无效的课程文件",
    " (in English: not translated yet)":
      "（英文：尚未翻译）",
    " (it replaced the file there)":
      "（替换了原有的文件）",
    " ({1} for one):":
      "（{1} 查看单个）：",
    " ({1} min)":
      "（{1} 分钟）",
    " ({1} replaced files there)":
      "（替换了 {1} 个原有文件）",
    " The cell stopped; the variables are kept.":
      "单元格已停止；变量都保留着。",
    " {1} later cell(s) were not run.":
      "后面的 {1} 个单元格没有运行。",
    "\"{1}\" matches several lessons; {2}":
      "\"{1}\" 与多个课程相符；{2}",
    "(Ctrl-C came after the cell had finished.)":
      "（按下 Ctrl-C 时单元格已经运行完了。）",
    "(not a valid lesson: `trainlab check` says why)":
      "（不是有效的课程：`trainlab check` 会说明原因）",
    "**TrainLab** — see how deep-learning models are trained, one step at a time.":
      "**TrainLab**——一步一步地看深度学习模型是怎样训练出来的。",
    "**{1}** has no steps to present.":
      "**{1}** 没有可以演示的步。",
    "Any other line is evaluated in the lesson's variables (e.g. `lr = 0.5`). Ctrl-C stops a running cell and keeps the variables; Ctrl-D leaves.":
      "其他任何一行都会在本课的变量中求值（例如 `lr = 0.5`）。Ctrl-C 停止正在运行的单元格并保留变量；Ctrl-D 退出。",
    "Automatic reruns are {1}: `auto on` reruns stale cells as soon as something changes, `auto off` waits for `rerun`.":
      "自动重算现在是 {1}：`auto on` 在有改动时立即重算待重算的单元格，`auto off` 等你输入 `rerun`。",
    "Back at the prompt after step {1}/{2}. Enter shows the next step; `present` goes on presenting.":
      "在第 {1}/{2} 步之后回到提示符。按回车键显示下一步；`present` 继续演示。",
    "Builtins":
      "内置函数",
    "Change one at the prompt (`{1} = …`); the cells it drives become stale and `rerun` runs them (cells are step.cell).":
      "在提示符下改一个（`{1} = …`）；受它影响的单元格会变成待重算，`rerun` 会运行它们（单元格写作 步.单元格）。",
    "Commands":
      "命令",
    "Ctrl-C cancels the entry.":
      "Ctrl-C 取消这次输入。",
    "Edit the line and press Enter to run it as the cell of step {1}.":
      "编辑这一行，按回车键把它作为第 {1} 步的单元格运行。",
    "End of step {1}. Enter shows the next step; try changing a value and `rerun`.":
      "第 {1} 步结束。按回车键显示下一步；也可以改一个值再 `rerun`。",
    "End of the lesson. `lessons` lists the others.":
      "本课结束。`lessons` 列出其他课程。",
    "Enter runs this cell.":
      "按回车键运行这个单元格。",
    "Interrupted.":
      "已中断。",
    "Left the Playground after {1} epochs ({2}). `pg` holds what you watched: `pg.model`, {3}`pg.data`, `pg.train_loss`, `pg.test_loss` and `pg.settings`.":
      "训练 {1} 轮后离开了游乐场（{2}）。`pg` 保存着你看到的内容：`pg.model`、{3}`pg.data`、`pg.train_loss`、`pg.test_loss` 和 `pg.settings`。",
    "Lessons":
      "课程",
    "Lessons run:":
      "运行过的课程：",
    "No cell has run yet: Enter runs the next one.":
      "还没有运行过单元格：按回车键运行下一个。",
    "No cell is shown yet: Enter shows the next one; `edit N` edits step N's.":
      "还没有显示单元格：按回车键显示下一个；`edit N` 编辑第 N 步的单元格。",
    "No chart yet: run a cell that draws one, then save {1}.":
      "还没有图：先运行一个画图的单元格，再 save {1}。",
    "No editor found: set `EDITOR` (for example `export EDITOR=nano`) and start again.":
      "找不到编辑器：请设置 `EDITOR`（例如 `export EDITOR=nano`）后重新启动。",
    "No help for \"{1}\": `help` lists the commands and builtins.":
      "没有 \"{1}\" 的帮助：`help` 列出所有命令和内置函数。",
    "No lesson is open: `lessons` lists them, `open N` opens one.":
      "还没有打开课程：`lessons` 列出课程，`open N` 打开一课。",
    "No lesson is open: `open N` opens one; `edit last` edits your last entry.":
      "还没有打开课程：`open N` 打开一课；`edit last` 编辑你上一次的输入。",
    "No lesson is open: `present N` presents lesson N, `lessons` lists them.":
      "还没有打开课程：`present N` 演示第 N 课，`lessons` 列出所有课程。",
    "No runs yet: each run of a cell that draws a chart is kept here, with the knobs' values.":
      "还没有运行记录：每次运行画图的单元格都会记在这里，连同旋钮的值。",
    "No variables yet.":
      "还没有变量。",
    "Not rerun: `rerun` runs the stale cells when you are ready.":
      "没有重算：准备好后用 `rerun` 运行待重算的单元格。",
    "Nothing has run yet: run a cell or type a line, then save {1}.":
      "还没有运行过任何内容：先运行一个单元格或输入一行，再 save {1}。",
    "1 cell": "1 个单元格",
    "{1} cells": "{1} 个单元格",
    " and 1 SVG chart": "和 1 张 SVG 图表",
    " and {1} SVG charts": "和 {1} 张 SVG 图表",
    "Not saved: {1} is unchanged.":
      "没有保存：{1} 保持不变。",
    "Nothing changed; the cell is not run again.":
      "没有改动；单元格不再运行。",
    "Nothing is stale, so nothing was rerun: no cell depends on a value changed since it ran. `rerun last` runs the last cell again.":
      "没有待重算的单元格，所以什么也没有重新运行：没有哪个单元格依赖的值在它运行之后改变过。`rerun last` 会再运行一次上一个单元格。",
    "Nothing typed yet: `edit last` edits the last entry you typed.":
      "还没有输入过：`edit last` 编辑你上一次的输入。",
    "Presenter mode needs a terminal; `trainlab run {1}` shows the whole lesson with its outputs.":
      "演示模式需要一个终端；`trainlab run {1}` 会显示整节课及其输出。",
    "Runs {1} and {2} have no line plots or tables of the same kind to compare.":
      "运行 {1} 和 {2} 没有可以比较的同类折线图或表格。",
    "Saved the session ({1} with their output{2}) to {3}: `trainlab open {4}` opens it, `trainlab run {5}` replays it.":
      "已把这次会话（{1}及其输出{2}）保存到 {3}：`trainlab open {4}` 打开它，`trainlab run {5}` 重放它。",
    "Saved {1} to {2}, replacing the file there.":
      "已把{1}保存到 {2}，替换了原有的文件。",
    "Saved {1} to {2}.":
      "已把{1}保存到 {2}。",
    "Stale cells depend on a value changed since they ran: `rerun` runs them again.":
      "待重算的单元格依赖的值在它们运行之后改变了：`rerun` 会重新运行它们。",
    "Stale: {1}. {2}.":
      "待重算：{1}。{2}。",
    "Stale: {1}. {2}; `rerun` runs them again (`auto on` does it at once).":
      "待重算：{1}。{2}；`rerun` 会重新运行它们（`auto on` 会立即运行）。",
    "Step {1} builds on {2}: running {3} first.":
      "第 {1} 步建立在{2}之上：先运行{3}。",
    "Step {1}/{2} · {3}":
      "第 {1}/{2} 步 · {3}",
    "Stopped:":
      "已停止：",
    "Stopped: {1} still stale.":
      "已停止：{1} 仍待重算。",
    "TensorFlow Playground, full screen":
      "TensorFlow Playground，全屏",
    "That ran the command `{1}`, not your variable `{2}`: `print({3})` shows the variable.":
      "刚才运行的是命令 `{1}`，不是你的变量 `{2}`：输入 `print({3})` 查看这个变量。",
    "That was the last step of **{1}**. `lessons` lists the others.":
      "这是 **{1}** 的最后一步。`lessons` 列出其他课程。",
    "The Playground needs a terminal: run `trainlab playground` in one (lesson 9 has the same ideas as cells).":
      "游乐场需要一个终端：请在终端里运行 `trainlab playground`（第 9 课用单元格讲了同样的内容）。",
    "The cell at line {1} did not finish, so step {2} is not shown; fix it and `step {3}` again.":
      "第 {1} 行的单元格没有运行完，所以没有显示第 {2} 步；改好后再输入 `step {3}`。",
    "The editor ended with status {1}; nothing was run.":
      "编辑器以状态 {1} 结束；没有运行任何东西。",
    "The history of runs is dropped; the next run of a cell is shown alone.":
      "运行记录已清除；下一次运行单元格时单独显示。",
    "The language is now {1}; `lessons` lists the lessons in it.":
      "现在的语言是{1}；`lessons` 列出这种语言的课程。",
    "The language is {1}: `lang zh` switches to 中文, `lang en` to English.":
      "当前语言是{1}：`lang zh` 切换到中文，`lang en` 切换到 English。",
    "The last line ends with `{1}`, so the entry goes on":
      "最后一行以 `{1}` 结尾，所以输入还没有结束",
    "The variables are cleared.":
      "变量已清空。",
    "There are no lessons in this folder.":
      "这个文件夹里没有课程。",
    "There is no run {1}: `runs` lists them.":
      "没有运行 {1}：`runs` 列出所有运行。",
    "There is no step {1}: this lesson has steps 1 to {2}.":
      "没有第 {1} 步：本课只有第 1 到第 {2} 步。",
    "They depend on what this cell changed":
      "它们依赖这个单元格改动的值",
    "They depend on {1}":
      "它们依赖 {1}",
    "This is the first step.":
      "这是第一步。",
    "This is the last step. `lessons` lists the other lessons.":
      "这是最后一步。`lessons` 列出其他课程。",
    "This lesson names no knobs. Any variable can be changed at the prompt; the cells that read it become stale (`where` shows them).":
      "本课没有标出旋钮。任何变量都可以在提示符下修改；读取它的单元格会变成待重算（`where` 会显示它们）。",
    "Type `open {1}` (or a lesson's name) to start, `help` for commands, or any line of the lesson language to try it. Ctrl-D leaves.":
      "输入 `open {1}`（或课程名）开始学习，输入 `help` 查看命令，也可以输入任意一行课程语言试试看。Ctrl-D 退出。",
    "`compare 1 2` plots two runs together; `forget` drops the history.":
      "`compare 1 2` 把两次运行画在一起；`forget` 清除运行记录。",
    "`trainlab --help` lists the commands.":
      "`trainlab --help` 列出所有命令。",
    "`{1}` from line {2} needs `{3}`":
      "第 {2} 行的 `{1}` 需要 `{3}`",
    "cannot create {1}: {2}":
      "无法创建 {1}：{2}",
    "cannot read the folder {1}: {2}":
      "无法读取文件夹 {1}：{2}",
    "cannot write {1}: {2}":
      "无法写入 {1}：{2}",
    "it is {1}, not a regular file; choose another name":
      "它是{1}，不是普通文件；请换一个名字",
    "the name is too long": "名字太长",
    "no unused temporary name next to it": "它旁边没有可用的临时文件名",
    "cell {1}":
      "单元格 {1}",
    "choose one of: {1}":
      "请从中选择一个：{1}",
    "clear the screen":
      "清屏",
    "column {1}: {2}":
      "第 {1} 列：{2}",
    "compare takes two run numbers from `runs`, as in `compare 1 3`.":
      "compare 后面跟 `runs` 里的两个运行编号，例如 `compare 1 3`。",
    "did not write {1}: the run failed":
      "没有写入 {1}：运行失败了",
    "drop the history of runs":
      "清除运行记录",
    "edit takes a step number or `last`, as in \"edit 3\" or \"edit 3.2\" (the second cell of step 3)":
      "edit 后面跟步号或 `last`，例如 \"edit 3\" 或 \"edit 3.2\"（第 3 步的第二个单元格）",
    "edit the current cell (step N's, or your last entry) in your editor, then run it":
      "在编辑器里编辑当前单元格（第 N 步的，或你上一次的输入），然后运行它",
    "error: ":
      "错误：",
    "expect failed: {1}":
      "expect 不成立：{1}",
    "forget every variable":
      "忘掉所有变量",
    "go to step N (step alone shows the current step again)":
      "跳到第 N 步（单独的 step 再显示一次当前步）",
    "interrupted":
      "已中断",
    "its cell":
      "它的单元格",
    "its {1} cells":
      "它的 {1} 个单元格",
    "lang takes zh or en, as in \"lang zh\".":
      "lang 后面跟 zh 或 en，例如 \"lang zh\"。",
    "leave (Ctrl-D does too)":
      "退出（Ctrl-D 也可以）",
    "list the lessons":
      "列出所有课程",
    "no lesson \"{1}\"; {2}":
      "没有课程 \"{1}\"；{2}",
    "no {1} folder found near {2} or the trainlab executable; use {3} DIR or set {4}":
      "在 {2} 或 trainlab 可执行文件附近找不到 {1} 文件夹；请用 {3} DIR 或设置 {4}",
    "open lesson N (a number or a name) with fresh variables":
      "打开第 N 课（编号或名字），变量从头开始",
    "open takes a lesson number or name, as in \"open 1\".":
      "open 后面跟课程编号或名字，例如 \"open 1\"。",
    "plot runs N and M (numbers from runs) together":
      "把运行 N 和 M（编号见 runs）画在一起",
    "rerun stale cells at once after a change (asks first when that takes long)":
      "有改动后立即重算待重算的单元格（耗时较长时先询问）",
    "run needs a lesson (a file, number or name) or --all":
      "run 需要一个课程（文件、编号或名字）或 --all",
    "run the last cell again":
      "再运行一次上一个单元格",
    "run the next cell, or show the next step":
      "运行下一个单元格，或显示下一步",
    "run the stale cells again, in lesson order":
      "按课程顺序重新运行待重算的单元格",
    "save takes a file name ending in .svg, as in \"save loss.svg\"":
      "save 后面跟一个以 .svg 结尾的文件名，例如 \"save loss.svg\"",
    "save takes one file name ending in .svg (no spaces), as in \"save loss.svg\"":
      "save 后面跟一个以 .svg 结尾的文件名（不含空格），例如 \"save loss.svg\"",
    "show or switch the language (中文: lang zh)":
      "显示或切换语言（English: lang en）",
    "show the lesson (or lesson N) one step per screen, for a class":
      "一屏一步地演示本课（或第 N 课），适合上课",
    "show the next step":
      "显示下一步",
    "show the previous step":
      "显示上一步",
    "step 1":
      "第 1 步",
    "step takes a step number, as in \"step 3\"":
      "step 后面跟步号，例如 \"step 3\"",
    "step {1}, cell {2}":
      "第 {1} 步第 {2} 个单元格",
    "steps 1–{1}":
      "第 1–{1} 步",
    "the lesson's knobs: values to change, and the cells they drive":
      "本课的旋钮：可以改动的值，以及受它们影响的单元格",
    "the lesson's outline, with the current step marked":
      "本课的大纲，并标出当前所在的步",
    "the runs of this lesson's charts, with knob values and final numbers":
      "本课各张图的运行记录，连同旋钮的值和最终结果",
    "the settings, or change one: set height 30 (or auto), set live off (or on)":
      "显示设置，或改一项：set height 30（或 auto），set live off（或 on）",
    "the variables and their values in short":
      "简要列出变量及其值",
    "there are no lessons":
      "没有课程",
    "there are no lessons in {1}":
      "{1} 里没有课程",
    "this list, or help on a command or builtin":
      "这份列表，或某个命令或内置函数的帮助",
    "write the last chart shown, or the K-th of the last output, as an SVG file":
      "把最后显示的图（或上一次输出的第 K 张图）写成 SVG 文件",
    "wrote {1} SVG chart(s) to {2}{3}":
      "已写入 {1} 张 SVG 图到 {2}{3}",
    "wrote {1}{2}":
      "已写入 {1}{2}",
    "x expect failed: ":
      "x expect 不成立：",
    "Last time you were at step {1} of {2}. Resume there?":
      "上次你学到《{2}》的第 {1} 步。从那里继续吗？",
    "{1} exists. Replace it?":
      "{1} 已存在。要替换吗？",
    // Shell.ask adds the answers, the default in capitals.
    "{1} [Y/n]":
      "{1}[Y/n]",
    "{1} [y/N]":
      "{1}[y/N]",
    "{1} is not a command, and {2}":
      "{1} 不是命令，而且{2}",
    "{1} is not a command; did you mean `{2}`?":
      "{1} 不是命令；你是不是想输入 `{2}`？",
    "{1} is not a valid lesson:":
      "{1} 不是有效的课程：",
    "{1} lessons":
      "{1} 个课程",
    "{1} steps, about {2} minutes. Press Enter to begin; `where` shows the outline.":
      "共 {1} 步，大约 {2} 分钟。按回车键开始；`where` 显示大纲。",
    "{1} steps. Press Enter to begin; `where` shows the outline.":
      "共 {1} 步。按回车键开始；`where` 显示大纲。",
    "{1} {2}: no such folder":
      "{1} {2}：没有这个文件夹",
    "{1}. Ctrl-C cancels the entry.":
      "{1}。Ctrl-C 取消这次输入。",
    "{1}: no problems found":
      "{1}：没有发现问题",
    "{1}: no such file":
      "{1}：没有这个文件",
    "{1}; {2}":
      "{1}；{2}",
    "{1}={2}: no such folder":
      "{1}={2}：没有这个文件夹",
    "✗ expect failed: ":
      "✗ expect 不成立：",
    "{1} elapsed":
      "已用 {1}",
    "~{1} left":
      "还剩约 {1}",
    "chart {1} of the last output":
      "上一次输出的第 {1} 张图",
    "the last chart":
      "最后一张图",
    "save {1}: the last output showed {2} chart{3}; give a number from 1 to {4}.":
      "save {1}：上一次输出有 {2} 张图；请给出 1 到 {4} 之间的编号。",
    "(not set)":
      "（未设置）",
    "knob":
      "旋钮",
    "now":
      "当前值",
    "lesson":
      "课程中的值",
    "cell":
      "单元格",
    "drives":
      "影响",
    "meaning":
      "含义",
    "run":
      "运行",
    "final values":
      "最终值",
    "{1} is not in the lessons folder, so it stays as it is.":
      "{1} 不在课程文件夹里，所以保持原样。",
    "**{1}** has no translation in {2} yet; it stays as it is.":
      "**{1}** 还没有{2}版；保持原样。",
    "{1} is not a valid lesson (`trainlab check` says why); the lesson stays as it is.":
      "{1} 不是有效的课程（`trainlab check` 会说明原因）；本课保持原样。",
    "{1} differs in structure from {2} (`trainlab check` says where); the lesson stays as it is.":
      "{1} 和 {2} 的结构不同（`trainlab check` 会指出哪里不同）；本课保持原样。",
    "{1} next · {2} back · r rerun · e edit · q quit":
      "{1} 下一步 · {2} 上一步 · r 重算 · e 编辑 · q 退出",
    "weights +# positive, -= negative":
      "权重 +# 正，-= 负",
    "weights ▴▲ +, ▾▼ −":
      "权重 ▴▲ 正，▾▼ 负",
    "> training": "> 训练中",
    "▶ training": "▶ 训练中",
    "|| paused": "|| 已暂停",
    "❚❚ paused": "❚❚ 已暂停",
    "epoch {1}  {2}  train loss {3}  test loss {4}":
      "第 {1} 轮  {2}  训练损失 {3}  测试损失 {4}",
    "epoch {1}  {2}  train {3}  test {4}":
      "第 {1} 轮  {2}  训练 {3}  测试 {4}",
    "epoch {1} {2} train {3} test {4}":
      "第 {1} 轮 {2} 训练 {3} 测试 {4}",
    "`pg.history`, ": "`pg.history`、",
    "height  {1}": "height  {1}",
    "live    {1}": "live    {1}",
    "auto (now {1})": "auto（现在 {1} 行）",
    "Charts are sized to the terminal (now {1} rows).": "图表随终端大小而定（现在 {1} 行）。",
    "Charts are {1} rows high.": "图表高 {1} 行。",
    "set height takes a number of rows from {1} to {2}, or auto, not \"{3}\".":
      "set height 接受 {1} 到 {2} 之间的行数，或 auto，而不是“{3}”。",
    "Training draws its chart as it goes (on a terminal).": "训练时边训练边画图（在终端上）。",
    "Training shows only its progress line.": "训练时只显示进度行。",
    "set live takes on or off, not \"{1}\".": "set live 接受 on 或 off，而不是“{1}”。",
    "train loss {1}, test loss {2}":
      "训练损失 {1}，测试损失 {2}",
    "Rerunning {1} cells took {2} s last time. Rerun now?":
      "上次重算这 {1} 个单元格用了 {2} 秒。现在重算吗？",
    "Rerunning {1} stale cell{2}: {3}.":
      "重算 {1} 个待重算的单元格：{3}。",
    "Space play/pause · s step · r reset · R new data · f/F focus · o discretize · v test points · q quit":
      "空格 播放或暂停 · s 单步 · r 重置 · R 新数据 · f/F 放大神经元 · o 离散化输出 · v 测试点 · q 退出",
    "Space play · s step · r reset · R data · f focus · o discrete · v test · q quit":
      "空格 播放 · s 单步 · r 重置 · R 新数据 · f 放大 · o 离散 · v 测试点 · q 退出",
    "discrete":
      "离散",
    "output":
      "输出",
    "h{1} neuron {2}":
      "h{1} 神经元 {2}",
    "{1} · {2} · r rerun · e edit · q quit":
      "{1} · {2} · r 重算 · e 编辑 · q 退出",
    "{1} · {2} · r · e · q":
      "{1} · {2} · r · e · q",
    "  {1}: ok in {2} s":
      "  {1}：通过，用时 {2} 秒",
    "  {1}: FAILED in {2} s":
      "  {1}：失败，用时 {2} 秒",
    "unset":
      "未设置",
    "input":
      "输入",
    "out":
      "输出",
    "run {1}":
      "第 {1} 次运行",
    " or ":
      " 或 ",
    "write the session as a lesson with its outputs (--svg: and its charts as SVG files)":
      "把这次会话连同输出写成一课（加 --svg：连同它的图，写成 SVG 文件）",
    // The command line (`trainlab --help`, its usage errors).
    "A terminal lab for learning how deep-learning models are trained.":
      "一个在终端里学习深度学习模型如何训练的实验室。",
    "With no command, opens the interactive shell (at LESSON, a number or name, when given). Lessons are read from --lessons DIR, else $TRAINLAB_LESSONS, else a Lessons folder in or above the current directory or the executable; datasets likewise (--datasets, $TRAINLAB_DATASETS, a datasets folder).":
      "不带命令时打开交互式环境（给出 LESSON 时打开这个课程，LESSON 是编号或名字）。课程从 --lessons DIR 读取，否则从 $TRAINLAB_LESSONS，否则从当前目录或可执行文件所在目录（或它们的上层）中的 Lessons 文件夹读取；数据集同理（--datasets、$TRAINLAB_DATASETS、datasets 文件夹）。",
    "The lessons folder.":
      "课程文件夹。",
    "The datasets folder.":
      "数据集文件夹。",
    "Draw with ASCII characters only.":
      "只用 ASCII 字符作图。",
    "Never use ANSI colour (NO_COLOR does the same).":
      "不使用 ANSI 颜色（NO_COLOR 的作用相同）。",
    "Columns to draw for (default: the terminal's, else 80).":
      "作图的列数（默认：终端的列数，否则为 80）。",
    "Rows of every chart (default: sized to the terminal, else {1}).":
      "每张图的行数（默认：按终端的大小，否则为 {1}）。",
    "Seed of the random generator.":
      "随机数生成器的种子。",
    "Memory all of a session's values may hold, as 512M or 4G (default: TRAINLAB_MEMORY, else half the physical memory).":
      "一次会话中所有的值最多可占用的内存，如 512M 或 4G（默认：TRAINLAB_MEMORY，否则为物理内存的一半）。",
    "The language: zh (中文) or en (default: TRAINLAB_LANG, else the locale).":
      "语言：zh（中文）或 en（默认：TRAINLAB_LANG，否则按区域设置）。",
    "--lang must be zh or en, not {1}":
      "--lang 必须是 zh 或 en，而不是 {1}",
    "--width must be between {1} and {2}, not {3}":
      "--width 必须在 {1} 到 {2} 之间，而不是 {3}",
    "--height must be between {1} and {2}, not {3}":
      "--height 必须在 {1} 到 {2} 之间，而不是 {3}",
    "--memory must be a size of at least 1M, such as 512M or 4G, not {1}":
      "--memory 必须是至少 1M 的大小，如 512M 或 4G，而不是 {1}",
    "the output could not be written ({1})":
      "无法写出输出（{1}）",
    "Open the interactive shell (the default command).":
      "打开交互式环境（默认命令）。",
    "A lesson to open: its number or name.":
      "要打开的课程：编号或名字。",
    "Open the lesson at this step, after running the cells of the steps before it.":
      "在这一步打开课程（先运行它之前各步的单元格）。",
    "--step needs a lesson, as in `trainlab open 4 --step 3`":
      "--step 需要一个课程，例如 `trainlab open 4 --step 3`",
    "Present a lesson one step per screen (for a class).":
      "一屏一步地演示课程（用于上课）。",
    "Space or → reveals the next prose, cell or output; ← goes back; r reruns the cell; e edits it at the prompt; q returns to the prompt.":
      "空格或 → 显示下一段文字、单元格或输出；← 后退；r 重新运行单元格；e 在提示符下编辑它；q 回到提示符。",
    "The lesson: its number or name.":
      "课程：编号或名字。",
    "TensorFlow Playground in the terminal, full screen.":
      "终端里的全屏 TensorFlow Playground（游乐场）。",
    "q returns to the prompt, where pg.model, pg.history and pg.data hold what was trained. --seed fixes the data and the weights.":
      "q 回到提示符，训练的结果保存在 pg.model、pg.history 和 pg.data 中。--seed 固定数据和权重。",
    "Run every cell of a lesson and print prose and outputs.":
      "运行课程的每个单元格，打印文字和输出。",
    "Exits with status 1 when a cell raises an error or an expect fails, naming the file, line and step. With --all, runs every lesson and prints each one's time.":
      "某个单元格出错或某个 expect 不成立时以状态 1 退出，并指出文件、行和步。加上 --all 时运行所有课程，并打印每一课的用时。",
    "A lesson file, or a lesson's number or name.":
      "课程文件，或课程的编号或名字。",
    "Run every lesson.":
      "运行所有课程。",
    "Also write the lesson with its outputs as Markdown.":
      "同时把课程连同输出写成 Markdown。",
    "Also write every chart as an SVG file (NAME-step-S-K.svg) in this folder.":
      "同时把每张图写成这个文件夹中的 SVG 文件（NAME-step-S-K.svg）。",
    "give a lesson or --all, not both":
      "请给出一个课程或 --all，不要两者都给",
    "give a lesson (file, number or name) or --all":
      "请给出一个课程（文件、编号或名字）或 --all",
    "--export writes one lesson; it cannot be used with --all":
      "--export 只写一个课程，不能与 --all 一起使用",
    "List the lessons.":
      "列出课程。",
    "Report every problem in lessons without running them.":
      "不运行课程，报告其中的每个问题。",
    "Lesson structure, cell syntax errors and unknown builtins, one per line as file:line: message. Exits with status 1 when there is any. With no lesson, checks every lesson of the lessons folder and of its translation folders (zh/), each translation against its English.":
      "课程的结构、单元格的语法错误和未知的内置函数，每行一个，格式为 file:line: message。有任何问题时以状态 1 退出。不给课程时，检查课程文件夹及其翻译文件夹（zh/）里的每一课，并把每个译本和它的英文版对照。",
    "Lesson files (or lesson numbers or names); none: every lesson, English and Chinese.":
      "课程文件（或课程的编号或名字）；不给时：每一课，英文和中文。",
    "Show what the terminal plots look like.":
      "展示终端里的图表是什么样子。",
    // The Playground's controls.
    "classification":
      "分类",
    "problem":
      "问题",
    "train %":
      "训练 %",
    "noise":
      "噪声",
    "batch":
      "批量",
    "features":
      "特征",
    "layers":
      "隐藏层",
    "layer":
      "层",
    "neurons":
      "神经元",
    "activation":
      "激活函数",
    "learn rate":
      "学习率",
    "regularize":
      "正则化",
    "reg. rate":
      "正则化率",
    "circle":
      "圆",
    "exclusive or":
      "异或",
    "two Gaussians":
      "两个高斯分布",
    "spiral":
      "螺旋",
    "plane":
      "平面",
    "multi-Gaussian":
      "多高斯分布",
    "  ({1})":
      "（{1}）",
    "Space":
      "空格",
    "Step {1} has no cell to edit.":
      "第 {1} 步没有可编辑的单元格。",
    "Step {1} has one cell: `edit {2}` or `edit {3}.1`.":
      "第 {1} 步有一个单元格：`edit {2}` 或 `edit {3}.1`。",
    "Step {1} has {2} cells: `edit {3}` or `edit {4}.{5}`.":
      "第 {1} 步有 {2} 个单元格：`edit {3}` 或 `edit {4}.{5}`。",
    "Nothing changed; nothing was run.":
      "没有改动；什么也没有运行。",
    "The file was left empty; nothing was run.":
      "文件被留空了；什么也没有运行。",
    "Automatic reruns on: a change reruns the cells that depend on it at once.":
      "自动重算已打开：一有改动，就立即重新运行依赖它的单元格。",
    "Automatic reruns off: `rerun` runs the stale cells.":
      "自动重算已关闭：用 `rerun` 运行待重算的单元格。",
  ]
}
