console.log('diskurs');
