import Testing
@testable import LabShell
