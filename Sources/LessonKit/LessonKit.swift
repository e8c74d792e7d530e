// Scaffolding: this target's issue fills it in.
