// The golden-file tests of rule files (tests/data/rules): being written.
