import Localization
import Testing

@testable import LessonKit

/// A bad hyper-parameter of an optimizer or a schedule is named once, by
/// the builtin the learner called (TrainKit names its own type, `SGD`,
/// which the builtin's name replaces), in English and in Chinese.
@Suite struct HyperParameterMessageTests {
  private func message(_ source: String, in language: Language) -> String? {
    Language.with(language) {
      makeSession().run(source, origin: .prompt).error?.message
    }
  }

  @Test(arguments: [
    (
      "sgd(lr=-0.1)", "sgd: invalid learning rate (lr) -0.1: it must be ≥ 0",
      "sgd：学习率 lr 的值 -0.1 无效：必须不小于 0"
    ),
    (
      "sgd(momentum=0/0)", "sgd: invalid momentum nan: it must be ≥ 0",
      "sgd：momentum 的值 nan 无效：必须不小于 0"
    ),
    (
      "adam(lr=1/0)", "adam: invalid learning rate (lr) inf: it must be ≥ 0",
      "adam：学习率 lr 的值 inf 无效：必须不小于 0"
    ),
    (
      "adam(betas=[0.9, 1.5])",
      "adam: invalid beta2 (betas[1]) 1.5: it must be in [0, 1)",
      "adam：betas[1] 的值 1.5 无效：必须在 [0, 1) 内"
    ),
    (
      "adamw(weight_decay=-1)",
      "adamw: invalid weight_decay -1.0: it must be ≥ 0",
      "adamw：weight_decay 的值 -1.0 无效：必须不小于 0"
    ),
    (
      "rmsprop(alpha=2)", "rmsprop: invalid alpha 2.0: it must be in [0, 1]",
      "rmsprop：alpha 的值 2.0 无效：必须在 [0, 1] 内"
    ),
    (
      "adagrad(eps=-1)",
      "adagrad: invalid epsilon (eps) -1.0: it must be ≥ 0",
      "adagrad：eps 的值 -1.0 无效：必须不小于 0"
    ),
    (
      "step_lr(gamma=-1)", "step_lr: invalid gamma -1.0: it must be ≥ 0",
      "step_lr：gamma 的值 -1.0 无效：必须不小于 0"
    ),
    (
      "exponential(gamma=0/0)",
      "exponential: invalid gamma nan: it must be ≥ 0",
      "exponential：gamma 的值 nan 无效：必须不小于 0"
    ),
    (
      "cosine(eta_min=-1)", "cosine: invalid eta_min -1.0: it must be ≥ 0",
      "cosine：eta_min 的值 -1.0 无效：必须不小于 0"
    ),
  ])
  func namedOnceInBothLanguages(
    source: String, english: String, chinese: String
  ) {
    #expect(message(source, in: .en) == english)
    #expect(message(source, in: .zh) == chinese)
  }

  /// Every optimizer builtin, each of its hyper-parameters made negative:
  /// the message starts with the builtin's name once, in both languages.
  @Test(arguments: ["sgd", "adam", "adamw", "rmsprop", "adagrad"])
  func everyOptimizerNamesItselfOnce(name: String) {
    for language in Language.allCases {
      let text = message("\(name)(lr=-1)", in: language) ?? ""
      let separator = language == .en ? ": " : "："
      #expect(text.hasPrefix(name + separator))
      #expect(text.lowercased().components(separatedBy: name).count == 2)
    }
  }
}
