extension Catalog {
  /// The Chinese of LabShell's messages.
  static let labShell: [String: String] = [
    "  (done)":
      "  （已完成）",
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
    "Any other line is evaluated in the lesson's variables (e.g. `lr = 0.5`). Ctrl-C stops a running cell and keeps the variables; Ctrl-D leaves.":
      "其他任何一行都会在本课的变量中求值（例如 `lr = 0.5`）。Ctrl-C 停止正在运行的单元格并保留变量；Ctrl-D 退出。",
    "Builtins":
      "内置函数",
    "Commands":
      "命令",
    "End of step {1}. Enter shows the next step; try changing a value and `rerun`.":
      "第 {1} 步结束。按回车键显示下一步；也可以改一个值再 `rerun`。",
    "End of the lesson. `lessons` lists the others.":
      "本课结束。`lessons` 列出其他课程。",
    "Enter runs this cell.":
      "按回车键运行这个单元格。",
    "Interrupted.":
      "已中断。",
    "Lessons":
      "课程",
    "Lessons run:":
      "运行过的课程：",
    "No cell has run yet: Enter runs the next one.":
      "还没有运行过单元格：按回车键运行下一个。",
    "No chart yet: run a cell that draws one, then save {1}.":
      "还没有图：先运行一个画图的单元格，再 save {1}。",
    "No help for \"{1}\": `help` lists the commands and builtins.":
      "没有 \"{1}\" 的帮助：`help` 列出所有命令和内置函数。",
    "No lesson is open: `lessons` lists them, `open N` opens one.":
      "还没有打开课程：`lessons` 列出课程，`open N` 打开一课。",
    "No variables yet.":
      "还没有变量。",
    "Not saved: {1} is unchanged.":
      "没有保存：{1} 保持不变。",
    "Saved the last chart to {1}, replacing the file there.":
      "已把最后一张图保存到 {1}，替换了原有的文件。",
    "Saved the last chart to {1}.":
      "已把最后一张图保存到 {1}。",
    "Step {1}/{2} · {3}":
      "第 {1}/{2} 步 · {3}",
    "Stopped:":
      "已停止：",
    "That was the last step of **{1}**. `lessons` lists the others.":
      "这是 **{1}** 的最后一步。`lessons` 列出其他课程。",
    "The language is now {1}; `lessons` lists the lessons in it.":
      "现在的语言是{1}；`lessons` 列出这种语言的课程。",
    "The language is {1}: `lang zh` switches to 中文, `lang en` to English.":
      "当前语言是{1}：`lang zh` 切换到中文，`lang en` 切换到 English。",
    "The variables are cleared.":
      "变量已清空。",
    "There are no lessons in this folder.":
      "这个文件夹里没有课程。",
    "There is no step {1}: this lesson has steps 1 to {2}.":
      "没有第 {1} 步：本课只有第 1 到第 {2} 步。",
    "This is the first step.":
      "这是第一步。",
    "This is the last step. `lessons` lists the other lessons.":
      "这是最后一步。`lessons` 列出其他课程。",
    "Type `open {1}` (or a lesson's name) to start, `help` for commands, or any line of the lesson language to try it. Ctrl-D leaves.":
      "输入 `open {1}`（或课程名）开始学习，输入 `help` 查看命令，也可以输入任意一行课程语言试试看。Ctrl-D 退出。",
    "`trainlab --help` lists the commands.":
      "`trainlab --help` 列出所有命令。",
    "cannot create {1}: {2}":
      "无法创建 {1}：{2}",
    "cannot read the folder {1}: {2}":
      "无法读取文件夹 {1}：{2}",
    "cannot write {1}: {2}":
      "无法写入 {1}：{2}",
    "choose one of: {1}":
      "请从中选择一个：{1}",
    "column {1}: {2}":
      "第 {1} 列：{2}",
    "did not write {1}: the run failed":
      "没有写入 {1}：运行失败了",
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
    "run needs a lesson (a file, number or name) or --all":
      "run 需要一个课程（文件、编号或名字）或 --all",
    "run the last cell again (after changing a variable)":
      "再运行一次上一个单元格（改过变量之后）",
    "run the next cell, or show the next step":
      "运行下一个单元格，或显示下一步",
    "save takes a file name ending in .svg, as in \"save loss.svg\"":
      "save 后面跟一个以 .svg 结尾的文件名，例如 \"save loss.svg\"",
    "save takes one file name ending in .svg (no spaces), as in \"save loss.svg\"":
      "save 后面跟一个以 .svg 结尾的文件名（不含空格），例如 \"save loss.svg\"",
    "show or switch the language (中文: lang zh)":
      "显示或切换语言（English: lang en）",
    "show the next step":
      "显示下一步",
    "show the previous step":
      "显示上一步",
    "step takes a step number, as in \"step 3\"":
      "step 后面跟步号，例如 \"step 3\"",
    "the lesson's outline, with the current step marked":
      "本课的大纲，并标出当前所在的步",
    "the variables and their values in short":
      "简要列出变量及其值",
    "there are no lessons":
      "没有课程",
    "there are no lessons in {1}":
      "{1} 里没有课程",
    "this list, or help on a command or builtin":
      "这份列表，或某个命令或内置函数的帮助",
    "write the last chart shown as an SVG file":
      "把最后显示的图写成 SVG 文件",
    "wrote {1} SVG chart(s) to {2}{3}":
      "已写入 {1} 张 SVG 图到 {2}{3}",
    "wrote {1}{2}":
      "已写入 {1}{2}",
    "x expect failed: ":
      "x expect 不成立：",
    "{1} exists. Replace it? [y/N] ":
      "{1} 已存在。要替换吗？[y/N] ",
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
    "{1}: no problems found":
      "{1}：没有发现问题",
    "{1}: no such file":
      "{1}：没有这个文件",
    "{1}={2}: no such folder":
      "{1}={2}：没有这个文件夹",
    "✗ expect failed: ":
      "✗ expect 不成立：",
  ]
}
