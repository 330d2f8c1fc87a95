# Helpers shared by the scripts that start a throwaway service for the tests
# (with-postgres.sh, with-minio.sh). Source it, then set SERVICE to the
# script's name for message prefixes.

die() {
	echo "${SERVICE:-service}: ERROR: $*" >&2
	exit 1
}

log() {
	echo "${SERVICE:-service}: $*" >&2
}

# Milliseconds since the epoch (date +%N is GNU-only; fall back gracefully).
now_ms() {
	local ns
	ns="$(date +%s%N)"
	if [[ "$ns" =~ ^[0-9]+$ ]]; then
		echo $((ns / 1000000))
	else
		echo $(($(date +%s) * 1000))
	fi
}

free_port() {
	if command -v python3 >/dev/null 2>&1; then
		python3 -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()' && return 0
	fi
	local p i
	for ((i = 0; i < 200; i++)); do
		p=$((20000 + RANDOM % 40000))
		# Connection refused => nothing listening => (probably) free.
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
			echo "$p"
			return 0
		fi
	done
	return 1
}
