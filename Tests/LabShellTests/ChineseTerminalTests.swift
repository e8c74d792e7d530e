import Foundation
import Testing

/// Whether `locale -a` lists zh_CN.UTF-8 (readline reads wide characters
/// only in a UTF-8 locale the C library knows).
enum ChineseLocale {
  static let isInstalled: Bool = {
    guard
      let result = try? Executable.run(["-a"], executable: "/usr/bin/locale")
    else { return false }
    return result.stdout.lowercased().split(separator: "\n").contains {
      $0 == "zh_cn.utf8" || $0 == "zh_cn.utf-8"
    }
  }()
}

/// The shell in Chinese on a real terminal (tmux) with a Chinese locale:
/// the welcome, a step, a typed error and `help fit` in Chinese, and a
/// line holding 汉字 typed and edited with the line editor (GNU readline,
/// or libedit with `TRAINLAB_LINE_EDITOR=libedit`).
@Suite(
  "trainlab in Chinese on a terminal",
  .enabled(if: Executable.tmux != nil, "needs tmux"),
  .enabled(
    if: ChineseLocale.isInstalled,
    "needs the zh_CN.UTF-8 locale (.ci/run installs it)"))
struct ChineseTerminalTests {
  /// The shipped lessons, English and Chinese.
  static let lessons = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Lessons").path

  @Test func welcomeStepErrorHelpAndEditingInChinese() throws {
    let state = try ScratchFolder("zh")
    // The language comes from the locale alone.
    let lab = try TmuxSession.trainlab(
      lessons: Self.lessons, state: state, locale: nil,
      unsetting: ["LC_ALL", "LC_MESSAGES", "TRAINLAB_LANG"],
      environment: ["LANG=zh_CN.UTF-8"], width: 80, height: 50)

    // The welcome and the lesson list.
    try lab.waitFor("一步一步地看深度学习模型")
    try lab.waitFor("TrainLab导览")
    try lab.waitFor("（或课程名）开始学习")
    // A step.
    try lab.command("open 0")
    try lab.waitFor("共 7 步，大约 10 分钟。按回车键开始")
    try lab.command("")
    try lab.waitFor("第 1/7 步 · 单元格与提示符")
    try lab.waitFor("按回车键运行这个单元格。")
    // A typed error, with "did you mean".
    try lab.command("epochs = 20")
    try lab.command("epochz")
    try lab.waitFor("错误：第 1 行第 1 列：未知的名字 `epochz`；你是不是想输入 `epochs`？")
    // The builtin reference.
    try lab.command("help fit")
    try lab.waitFor("在data.train上就地训练模型")
    try lab.waitFor("示例：")

    // Typing and editing a line with wide characters: two steps left,
    // delete 函, insert 曲.
    try lab.waitForLastLine("lab>")
    try lab.type("s = \"损失函数\"")
    try lab.waitFor("lab> s = \"损失函数\"")
    try lab.press("Left", "Left", "BSpace")
    try lab.type("曲")
    try lab.waitFor("lab> s = \"损失曲数\"")
    try lab.press("Enter")
    try lab.command("print(len(s), s + \"！\")")
    try lab.waitFor("\n4 损失曲数！")

    // `lang en` switches on the fly.
    try lab.command("lang en")
    try lab.waitFor("The language is now English")
    try lab.command("epochz")
    try lab.waitFor("unknown name `epochz`; did you mean `epochs`?")

    try lab.press("C-d")
    try lab.waitFor("TRAINLAB-EXIT-0")
  }
}
