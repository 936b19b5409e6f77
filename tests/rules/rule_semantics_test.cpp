// Rule files as rule objects: being written.
