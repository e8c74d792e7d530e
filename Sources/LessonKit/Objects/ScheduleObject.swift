import TrainKit

/// A learning-rate schedule.
struct ScheduleObject: LessonObject {
  /// The schedule.
  var schedule: any LearningRateSchedule
  /// How it was written: "cosine(t_max=20, eta_min=0)".
  var text: String

  var typeName: String { "schedule" }
  var summary: String { text }
}
