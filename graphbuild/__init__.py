"""graphbuild: typed event graphs of international relations from news articles."""
