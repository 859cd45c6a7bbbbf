"""Reading reports: files, folders, web pages and feeds become Documents (see `sources.read_sources`).

Bad data (binary, empty, undecodable, malformed, too large, unreachable) becomes an
`InputRejected` naming the input and the reason, so a batch reports it and goes on.
"""
