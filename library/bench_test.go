package library

func cleanupBench() {}
