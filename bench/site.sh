# What bench/inquiries.sh, bench/crash.sh and bench/pages.sh share (sourced, not run): the site as the README's
# command runs it (same options and heap), on the throw-away data directory $data, port $port, its staff mail going
# to a local SMTP sink (Python's smtpd) on port $smtp, with the settings that let one machine post like many visitors:
# the minimum time to fill the form at 0, the site-wide ceiling out of the way, and the benchmark trusted as a proxy,
# so that each visit comes from its own address under the usual hourly limit (none of which a page from memory reads).
target=web-module/target
jvm=$(sed -n 's:.*<value>\(-X[^<]*\)</value>.*:\1:p' web-module/pom.xml | xargs)   # heap and collector
lib=$target/clinic-site/WEB-INF/lib
server= sink=

start_sink() {
    python3 -W ignore -m smtpd -n -c DebuggingServer "127.0.0.1:$smtp" >>"$data/mail.txt" 2>&1 &
    sink=$!
}

# The site gets a session of its own (setsid), as a server started from another terminal has and as nginx has:
# Linux's autogroup scheduling shares the CPU between sessions, so a server in the load generator's session would
# take more of it than it would get beside a load generator anywhere else (README, Measured).
start_site() {
    setsid java $jvm ${BENCH_JAVA_OPTS:-} -Dproduct.name= -Dclinic.data.dir="$data/site" \
        -Dclinic.inquiry.key-file="$data/keys/inquiry.key" -Dclinic.admin.key-file="$data/keys/admin.key" \
        -Dclinic.mail.smtp.host=127.0.0.1 -Dclinic.mail.smtp.port=$smtp -Dclinic.mail.smtp.starttls=false \
        -Dclinic.mail.to=staff@example.org \
        -Dclinic.inquiry.min-fill-seconds=0 -Dclinic.trusted-proxies=127.0.0.1 \
        -Dclinic.inquiry.site-wide-per-hour=1000000 \
        -jar "$target/payara-micro.jar" --nocluster --disablephonehome --port $port \
        --prebootcommandfile "$target/payara/preboot-commands.txt" \
        --postbootcommandfile "$target/payara/postboot-commands.txt" >>"$data/server.log" 2>&1 &
    server=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" = 200 ]; do sleep 0.2; done
}

stop_site() {
    kill "$server"; wait "$server" 2>/dev/null || true; server=
}

# the values of one column the query gives (lines of ij's output that match the pattern; by default a number),
# asked with the site stopped: embedded Derby opens in one process only
ask_database() {
    echo "connect 'jdbc:derby:$data/site/derby'; $1; exit;" \
        | java -cp "$lib/derby-10.16.1.1.jar:$lib/derbyshared-10.16.1.1.jar:$lib/derbytools-10.16.1.1.jar" \
            -Dij.protocol=jdbc:derby: org.apache.derby.tools.ij 2>/dev/null | tr -d ' ' | grep -E "${2:-^[0-9]+$}" \
        || true
}
